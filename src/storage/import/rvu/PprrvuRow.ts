import type { RvuValues } from '../../../shared/model/rvu'

/** One data row of a CMS PPRRVU file: a HCPCS code, its modifier and its RVU values. */
export interface PprrvuRow {
  /** 1-based line number in the file, for row problems. */
  line: number
  hcpcs: string
  /** '' for the global row, else the modifier as CMS prints it (26, TC, 53). */
  modifier: string
  values: RvuValues
}

/** The raw text of the fields a row needs, before their values are checked. */
export interface PprrvuFields {
  hcpcs: string
  modifier: string
  statusCode: string
  work: string
  nonFacilityPe: string
  nonFacilityNa: string
  facilityPe: string
  facilityNa: string
  malpractice: string
  nonFacilityTotal: string
  facilityTotal: string
  pctcIndicator: string
  globalDays: string
  conversionFactor: string
}
