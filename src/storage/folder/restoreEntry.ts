import type { z } from 'zod'

import { deriveCodeSystem, normalizeCode } from '../../shared/codes/codeSystem'
import { type Entry, entrySchema } from '../../shared/model/entry'

export type RestoreResult = { ok: true; entry: Entry } | { ok: false; reason: string }

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => {
    const path = issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.')
    return `${path}: ${issue.message}`
  })
  const more = issues.length > shown.length ? `; and ${issues.length - shown.length} more` : ''

  return `does not match the entry schema (${shown.join('; ')}${more})`
}

/**
 * Turns JSON read from an entry file into an Entry: normalizes the code to uppercase, derives a
 * missing code system from the code, then parses with the schema. `expectedCode` is the code the
 * file name gives; a file whose content names another code is rejected so it cannot shadow it.
 */
export function restoreEntry(raw: unknown, expectedCode: string): RestoreResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, reason: 'does not contain a JSON object' }
  }

  const record = { ...(raw as Record<string, unknown>) }
  if (typeof record.code !== 'string') return { ok: false, reason: 'has no "code" string' }

  record.code = normalizeCode(record.code)
  if (record.code !== expectedCode) {
    return {
      ok: false,
      reason: `contains code ${String(record.code)} but its file name says ${expectedCode}; rename the file to ${String(record.code)}.json or fix the code`,
    }
  }

  if (record.codeSystem === undefined) {
    const derived = deriveCodeSystem(record.code)
    if (derived !== null) record.codeSystem = derived
  }

  const parsed = entrySchema.safeParse(record)
  if (!parsed.success) return { ok: false, reason: describeIssues(parsed.error.issues) }

  return { ok: true, entry: parsed.data }
}
