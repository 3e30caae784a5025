import { z } from 'zod'

/**
 * Relative value units of one PPRRVU row (one HCPCS code and modifier). Amounts are RVUs as CMS
 * prints them; a `*Na` flag is CMS's "NA" indicator, meaning that setting is not priced.
 */
export const rvuValuesSchema = z.strictObject({
  statusCode: z.string().max(1),
  work: z.number(),
  nonFacilityPe: z.number(),
  nonFacilityPeNa: z.boolean(),
  facilityPe: z.number(),
  facilityPeNa: z.boolean(),
  malpractice: z.number(),
  nonFacilityTotal: z.number(),
  facilityTotal: z.number(),
  pctcIndicator: z.string(),
  globalDays: z.string(),
  conversionFactor: z.number(),
})

export type RvuValues = z.infer<typeof rvuValuesSchema>

/**
 * The fee-schedule data of one code, imported from a CMS file and never typed by hand. `global`
 * is the row without modifier, `professional` and `technical` the rows with modifiers 26 and TC.
 */
export const rvuDataSchema = z.strictObject({
  release: z.string().regex(/^RVU\d{2}[A-Z]$/, 'Expected a CMS release such as RVU25D'),
  sourceFile: z.string().min(1),
  importedAt: z.iso.datetime(),
  global: rvuValuesSchema,
  professional: rvuValuesSchema.nullable(),
  technical: rvuValuesSchema.nullable(),
})

export type RvuData = z.infer<typeof rvuDataSchema>
