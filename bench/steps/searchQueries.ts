import type { EntrySummary } from '../../src/shared/api/types'
import { SeededRandom } from '../generate/SeededRandom'

export interface SearchQuery {
  query: string
  kind: 'prefix' | 'fuzzy'
}

/** Returns every prefix of `term` from one character up, as a person types it. */
function keystrokes(term: string): string[] {
  return Array.from({ length: term.length }, (_, index) => term.slice(0, index + 1))
}

/** Misspells a word by dropping, doubling or swapping one letter. */
function misspell(word: string, random: SeededRandom): string {
  if (word.length < 3) return `${word}${word.slice(-1)}`

  const at = random.int(1, word.length - 2)
  const roll = random.next()
  if (roll < 0.34) return `${word.slice(0, at)}${word.slice(at + 1)}`
  if (roll < 0.67) return `${word.slice(0, at)}${word.charAt(at)}${word.slice(at)}`

  return `${word.slice(0, at)}${word.charAt(at + 1)}${word.charAt(at)}${word.slice(at + 2)}`
}

/**
 * Builds `count` search queries from the folder's own codes, titles and synonyms: half are the
 * keystrokes of typing a code, title or synonym, half are misspelled titles and synonyms.
 */
export function searchQueries(
  summaries: readonly EntrySummary[],
  count: number,
  seed: number,
): SearchQuery[] {
  const random = new SeededRandom(seed + 11)
  const prefixCount = Math.ceil(count / 2)
  const queries: SearchQuery[] = []

  while (queries.length < prefixCount) {
    const summary = random.pick(summaries)
    const roll = random.next()
    const term =
      roll < 0.4
        ? summary.code
        : roll < 0.7
          ? summary.title
          : (random.pick(summary.synonyms.length > 0 ? summary.synonyms : [summary.title]) ?? '')
    for (const query of keystrokes(term.slice(0, 12))) {
      if (queries.length < prefixCount) queries.push({ query, kind: 'prefix' })
    }
  }

  while (queries.length < count) {
    const summary = random.pick(summaries)
    const source = random.chance(0.5)
      ? summary.title
      : random.pick([summary.title, ...summary.synonyms])
    const query = source
      .toLowerCase()
      .split(' ')
      .map((word) => (random.chance(0.6) ? misspell(word, random) : word))
      .join(' ')
    queries.push({ query, kind: 'fuzzy' })
  }

  return queries
}
