import { z } from 'zod'

export const SEVERITIES = ['error', 'warning', 'info'] as const

export type Severity = (typeof SEVERITIES)[number]

/**
 * One finding of a validation rule. `field` is a path into the entry such as `faqs[2].answer`,
 * and `message` starts with that field, names the value and gives the fix.
 */
export const problemSchema = z.strictObject({
  ruleId: z.string(),
  code: z.string(),
  field: z.string(),
  message: z.string(),
  severity: z.enum(SEVERITIES),
})

export type Problem = z.infer<typeof problemSchema>
