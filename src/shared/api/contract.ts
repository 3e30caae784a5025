import { z } from 'zod'

import type { Result } from '../errors'
import { entrySchema } from '../model/entry'
import { taxonomySchema } from '../model/taxonomy'
import type {
  CommentRecord,
  EntryDetail,
  EntrySummary,
  ExportSummary,
  FolderInfo,
  FolderValidation,
  HistoryRecord,
  ImportPreview,
  ImportResult,
  Profile,
  ReviewQueueItem,
  RevisionSnapshot,
  SearchResult,
  TaskProgress,
  ValidationStatus,
} from './types'

const code = z.string().trim().min(1).max(16)
const text = z.string().max(20_000)
// Whether a path is absolute depends on the operating system, so the service checks it.
const path = z.string().min(1).max(4_096)
const fieldPath = z.string().max(200)
const importKind = z.enum(['rvu', 'hcpcs', 'bundle'])
// RVU imports only: remove the RVU data of entries a complete CMS file no longer lists.
const removeUnlisted = z.boolean().optional()
// The CMS release of an RVU file whose name and title rows do not give it.
const release = z
  .string()
  .regex(/^RVU\d{2}[A-Z]$/, 'Expected a CMS release such as RVU25D')
  .optional()

/**
 * The request schema of every ContentApi method. Both transports (Electron IPC and browser mode's
 * `POST /api/<method>`) parse each request with these before calling storage.
 */
export const requestSchemas = {
  getFolderInfo: z.strictObject({}),
  listEntries: z.strictObject({}),
  // Polled by the entry list until the counts it shows are final.
  getValidationStatus: z.strictObject({}),
  searchEntries: z.strictObject({
    query: z.string().max(200),
    limit: z.number().int().min(1).max(50_000).optional(),
  }),
  getEntry: z.strictObject({ code }),
  createEntry: z.strictObject({ code, title: z.string().max(200).optional() }),
  saveEntry: z.strictObject({
    entry: entrySchema,
    // The `meta.updatedAt` the editor loaded; a newer one on disk means someone else saved.
    expectedUpdatedAt: z.string().max(40).nullable(),
  }),
  deleteEntry: z.strictObject({ code }),
  validateEntry: z.strictObject({ entry: entrySchema }),
  validateFolder: z.strictObject({}),
  getTaxonomy: z.strictObject({}),
  saveTaxonomy: z.strictObject({ taxonomy: taxonomySchema }),
  getDictionary: z.strictObject({}),
  addDictionaryWord: z.strictObject({ word: z.string().trim().min(1).max(64) }),
  getProfile: z.strictObject({}),
  setProfile: z.strictObject({
    name: z.string().trim().min(1).max(80),
    role: z.enum(['writer', 'reviewer', 'both']),
  }),
  submitForReview: z.strictObject({ code }),
  approveEntry: z.strictObject({
    code,
    comment: text.optional(),
    // The `meta.updatedAt` of the text the reviewer saw; a newer one on disk rejects the approval.
    expectedUpdatedAt: z.string().max(40).optional(),
  }),
  requestChanges: z.strictObject({ code, comment: text.min(1), field: fieldPath.optional() }),
  addComment: z.strictObject({ code, text: text.min(1), field: fieldPath.optional() }),
  resolveComment: z.strictObject({ code, commentId: z.string().min(1).max(64) }),
  getReviewQueue: z.strictObject({}),
  getHistory: z.strictObject({ code }),
  getRevision: z.strictObject({ code, revision: z.number().int().min(1) }),
  restoreRevision: z.strictObject({ code, revision: z.number().int().min(1) }),
  exportBundle: z.strictObject({
    target: z.enum(['json', 'markdown']),
    outDir: path,
    previousDir: path.optional(),
  }),
  previewImport: z.strictObject({ kind: importKind, path, release, removeUnlisted }),
  applyImport: z.strictObject({ kind: importKind, path, release, removeUnlisted }),
  // Polled by the UI while an export or import call runs.
  getTaskProgress: z.strictObject({ task: z.enum(['export', 'import']) }),
} as const

export type ApiMethod = keyof typeof requestSchemas

export const API_METHODS = Object.keys(requestSchemas) as ApiMethod[]

export type ApiRequest<M extends ApiMethod> = z.input<(typeof requestSchemas)[M]>

/** The value each method returns when it succeeds. */
export interface ApiResponses {
  getFolderInfo: FolderInfo
  listEntries: EntrySummary[]
  getValidationStatus: ValidationStatus
  searchEntries: SearchResult
  getEntry: EntryDetail
  createEntry: EntryDetail
  saveEntry: EntryDetail
  deleteEntry: { code: string }
  validateEntry: EntryDetail['problems']
  validateFolder: FolderValidation
  getTaxonomy: z.infer<typeof taxonomySchema>
  saveTaxonomy: z.infer<typeof taxonomySchema>
  getDictionary: string[]
  addDictionaryWord: string[]
  getProfile: Profile | null
  setProfile: Profile
  submitForReview: EntryDetail
  approveEntry: EntryDetail
  requestChanges: EntryDetail
  addComment: CommentRecord
  resolveComment: CommentRecord
  getReviewQueue: ReviewQueueItem[]
  getHistory: HistoryRecord
  getRevision: RevisionSnapshot
  restoreRevision: EntryDetail
  exportBundle: ExportSummary
  previewImport: ImportPreview
  applyImport: ImportResult
  getTaskProgress: TaskProgress | null
}

/**
 * Every operation the UI can ask for. Expected failures come back as `{ ok: false }` values
 * because Electron passes only an error's message across IPC.
 */
export type ContentApi = {
  [M in ApiMethod]: (request: ApiRequest<M>) => Promise<Result<ApiResponses[M]>>
}
