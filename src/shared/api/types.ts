import type { CodeSystem } from '../codes/codeSystem'
import type { Entry, EntryStatus } from '../model/entry'
import type { Workspace } from '../model/workspace'
import type { Problem, Severity } from '../validation/problem'

/** A file in the content folder that could not be loaded, and why. It is never overwritten. */
export interface FileProblem {
  path: string
  reason: string
}

export interface FolderInfo {
  folder: string
  name: string
  workspace: Workspace
  entryCount: number
  fileProblems: FileProblem[]
  /** The reason the folder is read-only (another process has its lock), or null when writable. */
  readOnlyReason: string | null
}

/** The fields the entry list shows, searches and filters on. */
export interface EntrySummary {
  code: string
  codeSystem: CodeSystem
  title: string
  category: string
  synonyms: string[]
  specialties: string[]
  status: EntryStatus
  revision: number
  updatedAt: string
  updatedBy: string
  /** The CMS release of the entry's RVU data, or null when it has none. */
  rvuRelease: string | null
  errorCount: number
  warningCount: number
}

/** Whether the problem counts that `listEntries` returns are final. */
export interface ValidationStatus {
  /**
   * True while the service validates entries in the background, as it does after the folder
   * opens, after a taxonomy save or an import. Listed counts may then still be zero or stale.
   */
  pending: boolean
}

export interface SearchResult {
  /** Matching codes, best match first. */
  codes: string[]
  /** The code typed exactly, when an entry has it, so the UI can jump to it. */
  exactCode: string | null
}

export interface EntryDetail {
  entry: Entry
  problems: Problem[]
}

export interface FolderValidation {
  problems: Problem[]
  fileProblems: FileProblem[]
  counts: Record<Severity, number>
  byRule: Record<string, number>
}

export type Role = 'writer' | 'reviewer' | 'both'

/** The person using this copy of the app, kept in user settings rather than the content folder. */
export interface Profile {
  name: string
  role: Role
}

export interface CommentRecord {
  id: string
  field: string | null
  text: string
  author: string
  createdAt: string
  revision: number
  resolvedAt: string | null
  resolvedBy: string | null
  /** Stable id of the FAQ that a `faqs[i]…` field names, so the comment follows a moved FAQ. */
  faqId?: string
}

export type ReviewAction = 'submitted' | 'approved' | 'changes-requested' | 'restored' | 'published'

export interface ReviewEvent {
  action: ReviewAction
  actor: string
  at: string
  revision: number
  comment: string | null
  /** Set on approvals made with self-approval switched on in workspace.json. */
  selfApproved?: boolean
}

/** One approved revision as export and the reviewer's diff use it. */
export interface RevisionSnapshot {
  revision: number
  entry: Entry
  author: string
  reviewer: string
  approvedAt: string
  comment: string | null
  /** Set when the reviewer was the revision's last author, allowed by workspace.json. */
  selfApproved?: boolean
}

export interface HistoryRecord {
  code: string
  revisions: Array<Omit<RevisionSnapshot, 'entry'>>
  events: ReviewEvent[]
  comments: CommentRecord[]
}

export interface ReviewQueueItem {
  code: string
  title: string
  author: string
  submittedAt: string
  revision: number
}

export interface ExportSummary {
  outDir: string
  target: 'json' | 'markdown'
  version: string
  exported: number
  skipped: number
  problems: Problem[]
  blocked: boolean
}

/** Progress of a running export or import, which the UI polls while the call runs. */
export interface TaskProgress {
  task: 'export' | 'import'
  phase: 'reading' | 'planning' | 'writing' | 'publishing' | 'done'
  done: number
  total: number
}

export interface ImportChange {
  code: string
  /**
   * `no-entry`: the file lists a code the folder has no entry for. `not-listed`: the folder has an
   * entry the file does not list, and the import leaves it as it is.
   */
  kind:
    'create' | 'update' | 'unchanged' | 'no-entry' | 'not-listed' | 'terminated' | 'title-changed'
  detail: string
}

export interface ImportRowProblem {
  line: number
  reason: string
}

export interface ImportPreview {
  kind: 'rvu' | 'hcpcs' | 'bundle'
  source: string
  release: string | null
  changes: ImportChange[]
  rowProblems: ImportRowProblem[]
}

export interface ImportResult extends ImportPreview {
  applied: number
}
