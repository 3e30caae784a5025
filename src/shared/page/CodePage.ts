import type { CodeSystem } from '../codes/codeSystem'
import type { RvuValues } from '../model/rvu'

/** A rich-text field rendered both ways: sanitized HTML and plain text. */
export interface RenderedText {
  html: string
  text: string
}

export interface PageFaq {
  /** The FAQ's stable id; templated FAQs use ids starting with `template-`. */
  id: string
  question: string
  answer: RenderedText
  /** True for FAQs generated from a template and other fields rather than written by hand. */
  templated: boolean
}

export interface PageRvu {
  /** The CMS release every value comes from, e.g. RVU25D. */
  release: string
  /** True when CMS assigns no physician work RVU (status M or I, or all amounts 0.00). */
  noWorkRvu: boolean
  statement: string
  global: RvuValues
  professional: RvuValues | null
  technical: RvuValues | null
}

/**
 * The content of one code's public page, section by section in page order, built from an entry,
 * the taxonomy and the workspace settings. Export and the editor's live preview both use it.
 */
export interface CodePage {
  code: string
  codeSystem: CodeSystem
  /** The code system's display name, e.g. "HCPCS Level II". */
  codeSystemLabel: string
  /** Site path of the page: the workspace's site base path and the lowercased code. */
  path: string
  /** The page title: the code followed by its short title. */
  titleLine: string
  title: string
  category: { id: string; label: string }
  synonyms: string[]
  summary: RenderedText
  plainLanguage: RenderedText
  clinicalContext: RenderedText
  /** The RVU section, or null when the entry has no imported RVU data. */
  rvu: PageRvu | null
  billing: RenderedText
  documentation: RenderedText
  specialties: Array<{ id: string; label: string }>
  faqs: PageFaq[]
  /** The summary as plain text on one line, for the HTML meta description. */
  metaDescription: string
}
