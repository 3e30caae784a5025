import { createHash } from 'node:crypto'
import { isDeepStrictEqual } from 'node:util'

import { CodeDeskError } from '../../shared/errors'
import { indexEntryOf } from '../../shared/export/buildBundleIndex'
import { buildCodeDocument } from '../../shared/export/buildCodeDocument'
import {
  type CodeDocument,
  CODES_DIR,
  type ExportTarget,
  type IndexEntry,
} from '../../shared/export/bundleFormat'
import { renderMarkdownPage } from '../../shared/export/renderMarkdownPage'
import { type Entry, entrySchema } from '../../shared/model/entry'
import type { Taxonomy } from '../../shared/model/taxonomy'
import type { Workspace } from '../../shared/model/workspace'
import { buildCodePage } from '../../shared/page/buildCodePage'
import type { ValidationContext } from '../../shared/validation/engine'
import type { Problem } from '../../shared/validation/problem'
import { validateEntry } from '../../shared/validation/validateEntry'
import type { HistoryFile } from '../../shared/workflow/historySchema'
import { stringifyCanonical } from '../files/canonicalJson'
import type { ContentFolder } from '../folder/ContentFolder'
import type { FileStamp } from '../folder/summaryCache'
import { historyOf } from '../history/HistoryStore'
import { type InspectedEntry, inspectEntrySync } from './readEntrySync'
import { resolveApprovedRevision } from './resolveApprovedRevision'

/**
 * The settings and files building a code reads: taxonomy, workspace, entry and history files. The
 * main thread reads them through the open folder (`folderExportSource`), an export worker
 * straight from the files.
 */
export interface ExportSource {
  taxonomy: Taxonomy
  workspace: Workspace
  context: ValidationContext
  /** Reads an entry to look at its fields; raises `invalid-file` for one that cannot be loaded. */
  inspectEntry: (code: string) => InspectedEntry
  /** Reads an entry's history, or null without a file; raises `invalid-file` like `inspectEntry`. */
  readHistory: (code: string) => HistoryFile | null
  /** The stamp of the history file `readHistory` checked for `code`; null where not recorded. */
  historyStamp?: (code: string) => FileStamp | null
  /**
   * True when the folder's background validation found the entry file, as the folder last loaded
   * or wrote it, without errors. Such a file that `inspectEntry` finds unchanged is not validated
   * again when its approved text is its current text.
   */
  wasValidated?: (code: string) => boolean
}

/** A code built for the bundle, before its file is written. */
export interface BuiltCode {
  document: CodeDocument
  /** The entry file as export read it, to look at: its keys may be in the file's order. */
  current: Entry
  historyStamp: FileStamp | null
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
  /** The revision the code file holds, so that marking it published can tell a newer approval. */
  approvedRevision: number
  /** The stamp of the history file as building checked it, so marking it skips the check. */
  historyStamp: FileStamp | null
}

export type ExportedCodeResult =
  | { kind: 'exported'; built: BuiltCode; problems: Problem[] }
  | { kind: 'blocked'; problems: Problem[] }
  | { kind: 'skipped'; problems: Problem[] }
  | { kind: 'not-approved' }

/**
 * Reads through the open folder: entries unchanged since it loaded them skip the schema, and
 * history files only those in `historyCodes`, the codes `listHistoryCodes` found with a file.
 * `wasValidated` is true for the entry files the background validation found without errors.
 */
export function folderExportSource(
  folder: ContentFolder,
  context: ValidationContext,
  historyCodes: ReadonlySet<string>,
  wasValidated: (code: string) => boolean,
): ExportSource {
  const history = historyOf(folder)
  return {
    taxonomy: folder.taxonomy,
    workspace: folder.workspace,
    context,
    inspectEntry: (code) => inspectEntrySync(folder, code),
    readHistory: (code) => (historyCodes.has(code) ? history.readSync(code) : null),
    wasValidated,
  }
}

// The entry fields the rules read, besides the workflow.
const VALIDATED_FIELDS = (Object.keys(entrySchema.shape) as Array<keyof Entry>).filter(
  (field) => field !== 'meta' && field !== 'workflow',
)

/**
 * Returns true when validating `approved` gives what validating `current` gave: the same fields,
 * and neither a draft. NOTE: of the workflow, the rules read only whether the entry is a draft
 * (`requiredRules`), and they never read `meta`; tests/export/validatedText.test.ts checks this.
 * A rule that reads more must be added here.
 */
export function hasSameValidatedText(approved: Entry, current: Entry): boolean {
  if (approved.workflow.status === 'draft' || current.workflow.status === 'draft') return false

  return VALIDATED_FIELDS.every(
    (field) =>
      approved[field] === current[field] || isDeepStrictEqual(approved[field], current[field]),
  )
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** Returns a code file's path inside the bundle, such as `codes/M1440.json`. */
export function codeFilePath(target: ExportTarget, code: string): string {
  return `${CODES_DIR}/${code}.${target === 'json' ? 'json' : 'md'}`
}

/**
 * Reads one entry and its history (blocking reads) and builds its code file from its approved
 * revision. The text comes from the approved revision, but the RVU data comes from the current
 * entry: it is imported CMS data, not reviewed writing, and taking it from one import keeps a
 * single CMS release in the bundle.
 */
export function buildExportedCode(source: ExportSource, code: string): ExportedCodeResult {
  const { entry: current, checked } = source.inspectEntry(code)
  let resolved: ReturnType<typeof resolveApprovedRevision>
  try {
    resolved = resolveApprovedRevision(current, source.readHistory)
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
  // NOTE: an edit in place that keeps the file's size and modification time (a restored mtime, a
  // file system with coarse times) goes unnoticed by the stamp, so such a file is not validated.
  const validated =
    !checked && (source.wasValidated?.(code) ?? false) && hasSameValidatedText(entry, current)
  const errors = validated
    ? []
    : validateEntry(entry, source.context).filter((problem) => problem.severity === 'error')
  if (errors.length > 0) return { kind: 'blocked', problems: errors }

  const page = buildCodePage(entry, source.taxonomy, source.workspace)
  const document = buildCodeDocument(page, entry.rvu, resolved.approved.review)

  const historyStamp = source.historyStamp?.(code) ?? null
  return { kind: 'exported', built: { document, current, historyStamp }, problems: [] }
}

/** Renders one built code's file, and returns its path, its text and what export keeps of it. */
export function renderCodeFile(
  target: ExportTarget,
  code: string,
  built: BuiltCode,
): { file: string; text: string; exported: ExportedCode } {
  const { document, current, historyStamp } = built
  const file = codeFilePath(target, code)
  const text = target === 'json' ? stringifyCanonical(document) : renderMarkdownPage(document)

  return {
    file,
    text,
    exported: {
      code,
      digest: sha256(text),
      indexEntry: indexEntryOf(document, file),
      rvuRelease: document.rvu?.release ?? null,
      updatedAt: current.meta.updatedAt,
      approvedRevision: document.review.revision,
      historyStamp,
    },
  }
}
