import type { Rule } from '../engine'
import { codeCategoryRule, codeFormatRule } from './codeRules'

/** Every validation rule, in the order their problems are listed. */
export const RULES: readonly Rule[] = [codeFormatRule, codeCategoryRule]

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id))
