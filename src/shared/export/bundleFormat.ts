import type { CodeSystem } from '../codes/codeSystem'
import type { CategoryMatch } from '../model/taxonomy'
import type { PageFaq, PageRvu, RenderedText } from '../page/CodePage'

/** Name of the bundle format, written in every manifest. */
export const BUNDLE_FORMAT = 'codedesk-content-bundle'

/**
 * Version of the bundle layout. Raise it when a field is removed or changes meaning, so the site
 * can refuse a bundle it does not understand. Adding a field does not change it.
 */
export const BUNDLE_FORMAT_VERSION = 1

export const MANIFEST_FILE = 'manifest.json'
export const INDEX_FILE = 'index.json'
export const CHANGES_FILE = 'changes.json'
export const CODES_DIR = 'codes'

export type ExportTarget = 'json' | 'markdown'

/** The approval of the exported revision: reviewer and time are null without an approval record. */
export interface CodeReview {
  revision: number
  reviewedAt: string | null
  reviewer: string | null
}

/** The RVU block of a code file: the page's RVU section plus where the data came from. */
export interface CodeRvu extends PageRvu {
  sourceFile: string
  importedAt: string
}

/** `codes/<CODE>.json`: everything the site needs to render one code's page. */
export interface CodeDocument {
  code: string
  codeSystem: CodeSystem
  codeSystemLabel: string
  path: string
  title: string
  titleLine: string
  category: { id: string; label: string }
  synonyms: string[]
  summary: RenderedText
  plainLanguage: RenderedText
  clinicalContext: RenderedText
  rvu: CodeRvu | null
  billing: RenderedText
  documentation: RenderedText
  specialties: Array<{ id: string; label: string }>
  faqs: PageFaq[]
  metaDescription: string
  review: CodeReview
}

/** One row of `index.json`, enough for search and listing pages without opening code files. */
export interface IndexEntry {
  code: string
  codeSystem: CodeSystem
  path: string
  title: string
  category: string
  synonyms: string[]
  specialties: string[]
  metaDescription: string
  file: string
}

export interface IndexCategory {
  id: string
  label: string
  codeSystem: CodeSystem
  match: CategoryMatch
  billing: RenderedText
  documentation: RenderedText
}

/** `index.json`: every exported code, and the categories and specialties the pages refer to. */
export interface BundleIndex {
  formatVersion: number
  codes: IndexEntry[]
  categories: IndexCategory[]
  specialties: Array<{ id: string; label: string }>
}

/** `manifest.json`: what the bundle is and a sha256 of every other file in it. */
export interface BundleManifest {
  format: typeof BUNDLE_FORMAT
  formatVersion: number
  target: ExportTarget
  generator: { name: string; version: string }
  /** A digest of the bundle's content files: equal content gives an equal version. */
  version: string
  createdAt: string
  /** The CMS release of every exported RVU block, or null when no exported code has RVU data. */
  rvuRelease: string | null
  entryCount: number
  /** Bundle-relative path (forward slashes) → lowercase hex sha256 of the file's bytes. */
  files: Record<string, string>
}

/** `changes.json`: how this bundle differs from the previous one, by code. */
export interface BundleChanges {
  previousVersion: string | null
  added: string[]
  changed: string[]
  removed: string[]
}
