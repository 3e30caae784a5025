import { z } from 'zod'

/**
 * `<content>/fee-schedule.json`: which HCPCS codes the last imported CMS fee-schedule (PPRRVU) file
 * lists. The RVU import writes it; validation reads it to tell a code CMS does not price from one
 * whose RVU data is missing. It contains codes only, never descriptors.
 */
export const feeScheduleSchema = z.object({
  release: z.string().regex(/^RVU\d{2}[A-Z]$/, 'Expected a CMS release such as RVU25D'),
  sourceFile: z.string().min(1),
  importedAt: z.iso.datetime(),
  codes: z.array(z.string().regex(/^[A-Z0-9]{5}$/, 'Expected an uppercase five-character code')),
})

export type FeeSchedule = z.infer<typeof feeScheduleSchema>

export const FEE_SCHEDULE_FILE = 'fee-schedule.json'
