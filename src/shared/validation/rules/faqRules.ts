import type { Rule } from '../engine'
import { entryRichTexts } from '../entryTexts'
import { normalizeTerm } from '../normalizeTerm'
import { quoteText } from '../quoteText'

// A copied sentence shorter than this is too common a phrase to call repetition ("Payers decide.").
const MIN_REPEATED_WORDS = 6

// Whitespace as the regular expression \s matches it; code points past ASCII are rare here.
const OTHER_SPACE = /\s/

function isSpace(char: number): boolean {
  if (char < 128) return char === 32 || (char >= 9 && char <= 13)
  return OTHER_SPACE.test(String.fromCharCode(char))
}

function isSentenceEnd(char: number): boolean {
  return char === 46 || char === 33 || char === 63 // . ! ?
}

// A sentence trimmed, with each run of whitespace made one space, when it has enough words.
function addSentence(sentences: string[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--

  // Trimmed, so every run of whitespace lies between two words.
  let words = start < end ? 1 : 0
  let plain = true
  for (let index = start; index < end; index++) {
    const char = text.charCodeAt(index)
    if (!isSpace(char)) continue
    if (isSpace(text.charCodeAt(index - 1))) {
      plain = false
      continue
    }
    words++
    if (char !== 32) plain = false
  }
  if (words < MIN_REPEATED_WORDS) return

  const sentence = text.slice(start, end)
  sentences.push(plain ? sentence : sentence.replace(/\s+/g, ' '))
}

/**
 * Splits a text into sentences in lower case with single spaces, keeping only those long enough to
 * count as copied. A sentence ends at whitespace after '.', '!' or '?', or at a line break. One
 * pass over the text: this rule reads every text of every entry, and splitting with a regular
 * expression and then cleaning each piece took most of its time.
 */
export function sentencesOf(text: string): string[] {
  const lower = text.toLowerCase()
  const sentences: string[] = []
  let start = 0

  for (let index = 0; index < lower.length; index++) {
    const char = lower.charCodeAt(index)
    const afterEnd = index > 0 && isSentenceEnd(lower.charCodeAt(index - 1)) && isSpace(char)
    if (!afterEnd && char !== 10) continue

    addSentence(sentences, lower, start, index)
    let next = index + 1
    while (
      next < lower.length &&
      (afterEnd ? isSpace(lower.charCodeAt(next)) : lower.charCodeAt(next) === 10)
    )
      next++
    start = next
    index = next - 1
  }
  addSentence(sentences, lower, start, lower.length)

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
