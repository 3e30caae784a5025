import type { Entry } from '../model/entry'
import type { ValidationContext } from './engine'
import { runRules } from './engine'
import type { Problem } from './problem'
import { RULES } from './rules'

/** Validates one entry with every rule. The same call serves the editor, review, export and CLI. */
export function validateEntry(entry: Entry, context: ValidationContext): Problem[] {
  return runRules(RULES, entry, context)
}
