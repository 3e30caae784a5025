import type { Rule } from '../engine'
import { entryRichTexts } from '../entryTexts'
import { quoteText } from '../quoteText'

// Counts characters as a reader sees them, so an accented letter or emoji counts once.
function characterCount(text: string): number {
  return [...text].length
}

export const titleLengthRule: Rule = {
  id: 'length/title',
  description: 'The short title has at most titleMaxLength characters (the CMS short descriptor).',
  defaultSeverity: 'error',
  check(entry, context, report) {
    const max = context.workspace.validation.titleMaxLength
    const length = characterCount(entry.title.trim())

    if (length > max) {
      report(
        'title',
        `title: '${entry.title.trim()}' has ${length} characters, more than the maximum of ${max}. Shorten it to at most ${max}.`,
      )
    }
  },
}

export const summaryLengthRule: Rule = {
  id: 'length/summary',
  description:
    "The summary's plain text has at most summaryMaxLength characters, because it is the page's meta description.",
  defaultSeverity: 'warning',
  check(entry, context, report) {
    const max = context.workspace.validation.summaryMaxLength
    const summary = entryRichTexts(entry).find((text) => text.field === 'summary')
    const plain = (summary?.text ?? '').replace(/\s+/g, ' ').trim()
    const length = characterCount(plain)

    if (length > max) {
      report(
        'summary',
        `summary: ${quoteText(plain)} has ${length} characters, more than the ${max} a search result shows as the page's description. Shorten it by ${length - max}.`,
      )
    }
  },
}
