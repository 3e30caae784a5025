import { CodeDeskError } from '../../shared/errors'
import { buildCodeDocument } from '../../shared/export/buildCodeDocument'
import type { CodeDocument, IndexEntry } from '../../shared/export/bundleFormat'
import type { Entry } from '../../shared/model/entry'
import { buildCodePage } from '../../shared/page/buildCodePage'
import type { ValidationContext } from '../../shared/validation/engine'
import type { Problem } from '../../shared/validation/problem'
import { validateEntry } from '../../shared/validation/validateEntry'
import type { ContentFolder } from '../folder/ContentFolder'
import { inspectEntrySync } from './readEntrySync'
import { resolveApprovedRevision } from './resolveApprovedRevision'

/** A code built for the bundle, before its file is written. */
export interface BuiltCode {
  document: CodeDocument
  /** The entry file as export read it, to look at: its keys may be in the file's order. */
  current: Entry
}

/**
 * The part of a written code that export keeps: its index row, file digest and RVU release, and
 * the `meta.updatedAt` it read, so that marking it published can tell whether it was saved since.
 * The code file itself is dropped, so memory holds one index row per code, not whole pages.
 */
export interface ExportedCode {
  code: string
  digest: string
  indexEntry: IndexEntry
  rvuRelease: string | null
  updatedAt: string
}

export type ExportedCodeResult =
  | { kind: 'exported'; built: BuiltCode; problems: Problem[] }
  | { kind: 'blocked'; problems: Problem[] }
  | { kind: 'skipped'; problems: Problem[] }
  | { kind: 'not-approved' }

/**
 * Reads one entry and its history (blocking reads) and builds its code file from its approved
 * revision. The text comes from the approved revision, but the RVU data comes from the current
 * entry: it is imported CMS data, not reviewed writing, and taking it from one import keeps a
 * single CMS release in the bundle.
 */
export function buildExportedCode(
  folder: ContentFolder,
  code: string,
  context: ValidationContext,
  historyCodes: ReadonlySet<string>,
): ExportedCodeResult {
  const { entry: current } = inspectEntrySync(folder, code)
  let resolved: ReturnType<typeof resolveApprovedRevision>
  try {
    resolved = resolveApprovedRevision(folder, current, historyCodes)
  } catch (error) {
    if (!(error instanceof CodeDeskError)) throw error
    return {
      kind: 'blocked',
      problems: [
        {
          ruleId: 'export/approved-revision',
          code,
          field: 'workflow.approvedRevision',
          message: `workflow.approvedRevision: the approved text of ${code} cannot be read. ${error.message}`,
          severity: 'error',
        },
      ],
    }
  }
  if (resolved === null) return { kind: 'not-approved' }
  if (!resolved.ok) {
    return {
      kind: 'skipped',
      problems: [
        {
          ruleId: 'export/approved-revision',
          code,
          field: 'workflow.approvedRevision',
          message: `workflow.approvedRevision: entry ${code} is not exported because its ${resolved.reason}. Approve the current revision again to publish it.`,
          severity: 'warning',
        },
      ],
    }
  }

  const entry = { ...resolved.approved.entry, rvu: current.rvu }
  const errors = validateEntry(entry, context).filter((problem) => problem.severity === 'error')
  if (errors.length > 0) return { kind: 'blocked', problems: errors }

  const page = buildCodePage(entry, folder.taxonomy, folder.workspace)
  const document = buildCodeDocument(page, entry.rvu, resolved.approved.review)

  return { kind: 'exported', built: { document, current }, problems: [] }
}
