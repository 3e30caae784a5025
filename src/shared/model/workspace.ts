import { z } from 'zod'

/** Per-rule setting: `off` disables a rule, a severity overrides the rule's own. */
export const ruleSettingSchema = z.enum(['off', 'error', 'warning', 'info'])

export type RuleSetting = z.infer<typeof ruleSettingSchema>

/**
 * Thresholds the validation rules read. Every field has a default, so an empty workspace.json
 * is valid.
 */
export const validationSettingsSchema = z.strictObject({
  titleMaxLength: z.number().int().positive().default(28),
  summaryMaxLength: z.number().int().positive().default(160),
  readingGradeWarning: z.number().positive().default(8),
  readingGradeError: z.number().positive().default(12),
  minFaqs: z.number().int().min(0).default(2),
  minSpecialties: z.number().int().min(0).default(1),
})

export type ValidationSettings = z.infer<typeof validationSettingsSchema>

export const workspaceSchema = z.strictObject({
  name: z.string().default('CodeDesk workspace'),
  siteBasePath: z.string().default('/codes'),
  exportTarget: z.enum(['json', 'markdown']).default('json'),
  validation: validationSettingsSchema.default(validationSettingsSchema.parse({})),
  rules: z.record(z.string(), ruleSettingSchema).default({}),
  review: z
    .strictObject({
      allowSelfApproval: z.boolean().default(false),
    })
    .default({ allowSelfApproval: false }),
})

export type Workspace = z.infer<typeof workspaceSchema>
