import type { Entry } from '../../shared/model/entry'
import type { ValidationContext } from '../../shared/validation/engine'
import { entryTextMentions, entryTexts } from '../../shared/validation/entryTexts'
import type { Problem } from '../../shared/validation/problem'
import { validateEntry } from '../../shared/validation/validateEntry'
import { type EntryFileRead, readEntryFile, readEntryFileSync } from '../folder/scanEntries'

/** One entry file to validate: its code and the path of its file. */
export interface EntryFileJob {
  code: string
  path: string
}

/**
 * Result of validating one entry file. `mentions` lists the other codes its text names, which
 * the validator keeps so that creating or deleting one of them re-validates this entry.
 */
export type EntryFileValidation =
  | { code: string; ok: true; problems: Problem[]; mentions: string[] }
  | { code: string; ok: false; reason: string }

/** Lists the other codes an entry's text mentions, each once, in order of first appearance. */
export function codeMentionsOf(entry: Entry): string[] {
  const mentioned = new Set<string>()
  for (const text of entryTexts(entry)) {
    for (const { code } of entryTextMentions(text)) if (code !== entry.code) mentioned.add(code)
  }

  return [...mentioned]
}

function validateRead(
  job: EntryFileJob,
  read: EntryFileRead,
  context: ValidationContext,
): EntryFileValidation {
  if (!read.ok) return { code: job.code, ok: false, reason: read.reason }

  return {
    code: job.code,
    ok: true,
    problems: validateEntry(read.entry, context),
    mentions: codeMentionsOf(read.entry),
  }
}

/**
 * Reads, parses and validates one entry file. The same checks run on the main thread and in the
 * validation workers, so both report the same problems.
 */
export async function validateEntryFile(
  job: EntryFileJob,
  context: ValidationContext,
): Promise<EntryFileValidation> {
  return validateRead(job, await readEntryFile(job.path, job.code), context)
}

/** `validateEntryFile` with a blocking read, for the validation workers. */
export function validateEntryFileSync(
  job: EntryFileJob,
  context: ValidationContext,
): EntryFileValidation {
  return validateRead(job, readEntryFileSync(job.path, job.code), context)
}
