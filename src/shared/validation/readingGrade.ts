import { syllable } from 'syllable'

export interface ReadingGrade {
  /** Flesch-Kincaid grade level, rounded to one decimal. */
  grade: number
  words: number
  sentences: number
  syllables: number
}

// A word is a run of letters or digits, with inner apostrophes and hyphens ("doctor's", "follow-up").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu
// A sentence ends at ., ! or ? (repeated or not) or at a line break, because each paragraph or list
// item of rich text is a line of its own and often has no final period.
const SENTENCE_END = /[.!?]+(?=\s|$)|\n+/
// List markers of richTextToPlainText's output ("- ", "2. "), which are not words of the text.
const LIST_MARKER = /^\s*(?:-|\d+\.)\s+/gm

// Counting syllables is the costliest step of validating an entry, and the same words recur across
// a folder, so counts are cached. The cache is cleared when full to bound its memory.
const SYLLABLE_CACHE_LIMIT = 50_000
const syllableCache = new Map<string, number>()

function countSyllables(word: string): number {
  const key = word.toLowerCase()
  let count = syllableCache.get(key)
  if (count === undefined) {
    if (syllableCache.size >= SYLLABLE_CACHE_LIMIT) syllableCache.clear()
    count = Math.max(1, syllable(key))
    syllableCache.set(key, count)
  }

  return count
}

/**
 * Computes the Flesch-Kincaid grade level of plain text:
 * 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 * Returns null for text without words. Syllables are counted by the `syllable` package.
 */
export function fleschKincaidGrade(text: string): ReadingGrade | null {
  let words = 0
  let syllables = 0
  let sentences = 0

  for (const sentence of text.replace(LIST_MARKER, '').split(SENTENCE_END)) {
    const sentenceWords = sentence.match(WORD) ?? []
    if (sentenceWords.length === 0) continue

    sentences++
    words += sentenceWords.length
    for (const word of sentenceWords) syllables += countSyllables(word)
  }
  if (words === 0) return null

  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59

  return { grade: Math.round(grade * 10) / 10, words, sentences, syllables }
}
