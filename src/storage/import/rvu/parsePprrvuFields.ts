import type { PprrvuFields, PprrvuRow } from './PprrvuRow'

export type FieldsResult = { ok: true; row: PprrvuRow } | { ok: false; reason: string }

function parseAmount(name: string, text: string): number | string {
  const trimmed = text.trim()
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return `${name} '${trimmed}' is not a number`

  return Number(trimmed)
}

function parseNaFlag(name: string, text: string): boolean | string {
  const trimmed = text.trim().toUpperCase()
  if (trimmed === '') return false
  if (trimmed === 'NA') return true

  return `${name} '${text.trim()}' is neither NA nor blank`
}

/**
 * Checks the raw fields of one PPRRVU row and converts them to values. Returns the first reason a
 * field is invalid, so a bad row is reported with one cause and skipped.
 */
export function parsePprrvuFields(line: number, fields: PprrvuFields): FieldsResult {
  const hcpcs = fields.hcpcs.trim().toUpperCase()
  if (!/^[A-Z0-9]{5}$/.test(hcpcs)) {
    return {
      ok: false,
      reason: `HCPCS code '${fields.hcpcs.trim()}' is not five letters or digits`,
    }
  }

  const modifier = fields.modifier.trim().toUpperCase()
  if (!/^[A-Z0-9]{0,2}$/.test(modifier)) {
    return {
      ok: false,
      reason: `modifier '${fields.modifier.trim()}' is not two letters or digits`,
    }
  }

  const statusCode = fields.statusCode.trim().toUpperCase()
  if (!/^[A-Z]?$/.test(statusCode)) {
    return { ok: false, reason: `status code '${fields.statusCode.trim()}' is not one letter` }
  }

  const amounts = {
    work: parseAmount('work RVU', fields.work),
    nonFacilityPe: parseAmount('non-facility PE RVU', fields.nonFacilityPe),
    facilityPe: parseAmount('facility PE RVU', fields.facilityPe),
    malpractice: parseAmount('malpractice RVU', fields.malpractice),
    nonFacilityTotal: parseAmount('non-facility total', fields.nonFacilityTotal),
    facilityTotal: parseAmount('facility total', fields.facilityTotal),
    conversionFactor: parseAmount('conversion factor', fields.conversionFactor),
  }
  const flags = {
    nonFacilityPeNa: parseNaFlag('non-facility NA indicator', fields.nonFacilityNa),
    facilityPeNa: parseNaFlag('facility NA indicator', fields.facilityNa),
  }
  for (const value of [...Object.values(amounts), ...Object.values(flags)]) {
    if (typeof value === 'string') return { ok: false, reason: value }
  }

  return {
    ok: true,
    row: {
      line,
      hcpcs,
      modifier,
      values: {
        statusCode,
        work: amounts.work as number,
        nonFacilityPe: amounts.nonFacilityPe as number,
        nonFacilityPeNa: flags.nonFacilityPeNa as boolean,
        facilityPe: amounts.facilityPe as number,
        facilityPeNa: flags.facilityPeNa as boolean,
        malpractice: amounts.malpractice as number,
        nonFacilityTotal: amounts.nonFacilityTotal as number,
        facilityTotal: amounts.facilityTotal as number,
        pctcIndicator: fields.pctcIndicator.trim(),
        globalDays: fields.globalDays.trim(),
        conversionFactor: amounts.conversionFactor as number,
      },
    },
  }
}
