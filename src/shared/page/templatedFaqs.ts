import { indefiniteArticle } from '../codes/article'
import { CODE_SYSTEM_LABELS } from '../codes/codeSystem'
import type { Entry } from '../model/entry'
import type { RichTextDoc } from '../model/richText'
import { richTextToPlainText } from './richTextToPlainText'

/** A generated FAQ before rendering: its answer is rich text built from other fields. */
export interface TemplatedFaq {
  id: string
  question: string
  answer: RichTextDoc
}

function hasText(doc: RichTextDoc): boolean {
  return richTextToPlainText(doc).trim() !== ''
}

/**
 * Builds the FAQs every page gets from templates: "What is code X?" (the code system with the
 * right article, the category, then the summary) and "When is X used?" (the clinical context).
 * A template is left out when the field it is filled from is empty.
 */
export function templatedFaqs(entry: Entry, categoryLabel: string | null): TemplatedFaq[] {
  const faqs: TemplatedFaq[] = []
  const systemLabel = CODE_SYSTEM_LABELS[entry.codeSystem]

  if (hasText(entry.summary)) {
    const inCategory = categoryLabel === null ? '' : ` in the ${categoryLabel} category`
    const opening = `${entry.code} is ${indefiniteArticle(systemLabel)} ${systemLabel} code${inCategory}.`
    faqs.push({
      id: 'template-what-is',
      question: `What is code ${entry.code}?`,
      answer: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: opening }] },
          ...entry.summary.content,
        ],
      },
    })
  }

  if (hasText(entry.clinicalContext)) {
    faqs.push({
      id: 'template-when-used',
      question: `When is ${entry.code} used?`,
      answer: entry.clinicalContext,
    })
  }

  return faqs
}
