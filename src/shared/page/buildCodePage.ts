import { CODE_SYSTEM_LABELS } from '../codes/codeSystem'
import type { Entry } from '../model/entry'
import type { RichTextNode } from '../model/richText'
import { type Category, categoryMatches, type Taxonomy } from '../model/taxonomy'
import type { Workspace } from '../model/workspace'
import type { CodePage, PageFaq, RenderedText } from './CodePage'
import { richTextToHtml } from './richTextToHtml'
import { richTextToPlainText } from './richTextToPlainText'
import { hasNoWorkRvu, rvuStatement } from './rvuStatement'
import { templatedFaqs } from './templatedFaqs'

/** Renders a rich-text document to sanitized HTML and plain text. */
export function renderText(doc: RichTextNode): RenderedText {
  return { html: richTextToHtml(doc), text: richTextToPlainText(doc) }
}

/** Joins the site base path and the lowercased code with exactly one slash between them. */
export function pagePath(siteBasePath: string, code: string): string {
  const base = siteBasePath.replace(/\/+$/, '')
  return `${base}/${code.toLowerCase()}`
}

/**
 * Finds the entry's category: the one its `category` id names, else the first whose code system
 * and match cover the code, else null.
 */
export function findCategory(entry: Entry, taxonomy: Taxonomy): Category | null {
  const named = taxonomy.categories.find((category) => category.id === entry.category)
  if (named !== undefined) return named

  const matching = taxonomy.categories.find(
    (category) => category.codeSystem === entry.codeSystem && categoryMatches(category, entry.code),
  )
  return matching ?? null
}

// Category texts are shared by every code of the category, so each document is rendered once.
const categoryTextCache = new WeakMap<RichTextNode, RenderedText>()

function renderCategoryText(doc: RichTextNode): RenderedText {
  let rendered = categoryTextCache.get(doc)
  if (rendered === undefined) {
    rendered = renderText(doc)
    categoryTextCache.set(doc, rendered)
  }

  return rendered
}

function normalizeQuestion(question: string): string {
  return question.trim().replace(/\s+/g, ' ').toLowerCase()
}

function buildFaqs(entry: Entry, categoryLabel: string | null): PageFaq[] {
  const written = entry.faqs.map((faq) => ({
    id: faq.id,
    question: faq.question,
    answer: renderText(faq.answer),
    templated: false,
  }))
  const writtenQuestions = new Set(entry.faqs.map((faq) => normalizeQuestion(faq.question)))

  // A hand-written FAQ asking a templated question replaces the template.
  const generated = templatedFaqs(entry, categoryLabel)
    .filter((faq) => !writtenQuestions.has(normalizeQuestion(faq.question)))
    .map((faq) => ({
      id: faq.id,
      question: faq.question,
      answer: renderText(faq.answer),
      templated: true,
    }))

  return [...generated, ...written]
}

/**
 * Builds the public page of an entry, in page order. When no category covers the code, the label
 * falls back to the code system's name. A specialty id missing from the taxonomy is shown as the id
 * itself. Validation reports both cases.
 */
export function buildCodePage(entry: Entry, taxonomy: Taxonomy, workspace: Workspace): CodePage {
  const category = findCategory(entry, taxonomy)
  const codeSystemLabel = CODE_SYSTEM_LABELS[entry.codeSystem]
  const summary = renderText(entry.summary)
  const statement = rvuStatement(entry.code, entry.rvu)

  return {
    code: entry.code,
    codeSystem: entry.codeSystem,
    codeSystemLabel,
    path: pagePath(workspace.siteBasePath, entry.code),
    titleLine: entry.title.trim() === '' ? entry.code : `${entry.code} ${entry.title.trim()}`,
    title: entry.title,
    category: {
      id: category?.id ?? entry.category,
      label: category?.label ?? codeSystemLabel,
    },
    synonyms: [...entry.synonyms],
    summary,
    plainLanguage: renderText(entry.plainLanguage),
    clinicalContext: renderText(entry.clinicalContext),
    rvu:
      entry.rvu === null || statement === null
        ? null
        : {
            release: entry.rvu.release,
            noWorkRvu: hasNoWorkRvu(entry.rvu.global),
            statement,
            global: entry.rvu.global,
            professional: entry.rvu.professional,
            technical: entry.rvu.technical,
          },
    billing: category === null ? { html: '', text: '' } : renderCategoryText(category.billing),
    documentation:
      category === null ? { html: '', text: '' } : renderCategoryText(category.documentation),
    specialties: entry.specialties.map((id) => ({
      id,
      label: taxonomy.specialties.find((specialty) => specialty.id === id)?.label ?? id,
    })),
    faqs: buildFaqs(entry, category?.label ?? null),
    metaDescription: summary.text.replace(/\s+/g, ' ').trim(),
  }
}
