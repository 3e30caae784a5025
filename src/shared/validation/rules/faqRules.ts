import type { Rule } from '../engine'
import { entryRichTexts } from '../entryTexts'
import { normalizeTerm } from '../normalizeTerm'
import { quoteText } from '../quoteText'

// A copied sentence shorter than this is too common a phrase to call repetition ("Payers decide.").
const MIN_REPEATED_WORDS = 6

const SENTENCE_BREAK = /(?<=[.!?])\s+|\n+/

function hasEnoughWords(sentence: string): boolean {
  let spaces = 0
  for (let index = 0; index < sentence.length; index++) {
    if (sentence.charCodeAt(index) === 32 && ++spaces >= MIN_REPEATED_WORDS - 1) return true
  }

  return false
}

// Sentences in lower case with single spaces, keeping only those long enough to count as copied.
function sentencesOf(text: string): string[] {
  const sentences: string[] = []
  for (const raw of text.toLowerCase().split(SENTENCE_BREAK)) {
    const sentence = raw.trim().replace(/\s+/g, ' ')
    if (hasEnoughWords(sentence)) sentences.push(sentence)
  }

  return sentences
}

export const faqQuestionRule: Rule = {
  id: 'faqs/question',
  description: 'Every FAQ question is written and ends with a question mark.',
  defaultSeverity: 'error',
  check(entry, _context, report) {
    entry.faqs.forEach((faq, index) => {
      const field = `faqs[${index}].question`
      const question = faq.question.trim()

      if (question === '')
        report(field, `${field}: the question is empty. Write the question, ending with '?'.`)
      else if (!question.endsWith('?'))
        report(field, `${field}: '${question}' does not end with '?'. Add the question mark.`)
    })
  },
}

export const faqDuplicateRule: Rule = {
  id: 'faqs/duplicate',
  description: 'No two FAQs ask the same question, ignoring case and spacing.',
  defaultSeverity: 'error',
  check(entry, _context, report) {
    const firstIndex = new Map<string, number>()

    entry.faqs.forEach((faq, index) => {
      const question = normalizeTerm(faq.question)
      if (question === '') return

      const earlier = firstIndex.get(question)
      if (earlier === undefined) {
        firstIndex.set(question, index)
        return
      }
      report(
        `faqs[${index}].question`,
        `faqs[${index}].question: '${faq.question.trim()}' repeats the question of faqs[${earlier}]. Merge the two FAQs or ask something else.`,
      )
    })
  },
}

export const faqAnswerRule: Rule = {
  id: 'faqs/answer',
  description: 'Every FAQ has an answer.',
  defaultSeverity: 'error',
  check(entry, _context, report) {
    for (const text of entryRichTexts(entry)) {
      if (!text.field.endsWith('.answer') || text.text.trim() !== '') continue

      const index = text.field.slice('faqs['.length, text.field.indexOf(']'))
      const question = entry.faqs[Number(index)]?.question.trim() ?? ''
      report(
        text.field,
        `${text.field}: the answer to ${quoteText(question)} is empty. Write the answer or remove the FAQ.`,
      )
    }
  },
}

export const faqRepeatedTextRule: Rule = {
  id: 'faqs/repeated-text',
  description: `An FAQ answer does not copy a whole sentence (of ${MIN_REPEATED_WORDS} words or more) from another section or an earlier answer.`,
  defaultSeverity: 'warning',
  check(entry, _context, report) {
    if (entry.faqs.length === 0) return

    // Every sentence of the texts before the current one, mapped to the first field that has it.
    // Whole sentences are compared, so a check costs one lookup instead of a scan of each text.
    const earlier = new Map<string, string>()

    for (const text of entryRichTexts(entry)) {
      const sentences = sentencesOf(text.text)

      if (text.field.endsWith('.answer')) {
        for (const sentence of sentences) {
          const source = earlier.get(sentence)
          if (source === undefined) continue

          report(
            text.field,
            `${text.field}: the sentence ${quoteText(sentence, 60)} is copied word for word from ${source}. Answer in new words, or shorten the answer and point to that section.`,
          )
          break
        }
      }
      for (const sentence of sentences) {
        if (!earlier.has(sentence)) earlier.set(sentence, text.field)
      }
    }
  },
}
