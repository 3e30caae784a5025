import MiniSearch from 'minisearch'

import type { SearchResult } from '../../shared/api/types'
import { normalizeCode } from '../../shared/codes/codeSystem'

/** The fields of an entry that search looks at; `EntrySummary` satisfies it. */
export interface SearchDocument {
  code: string
  title: string
  synonyms: readonly string[]
}

interface IndexedDocument {
  code: string
  title: string
  synonyms: string
}

/** Lowercase words of a title and its synonyms, for the short-query scan. */
interface DocumentWords {
  title: string[]
  synonyms: string[]
}

// Queries shorter than this are matched by a scan of word prefixes instead of MiniSearch. A
// one-letter prefix matches most of a 20,000-entry folder, and MiniSearch scores every match,
// which the benchmark measured at over 100 ms per keystroke.
const SHORT_QUERY_LENGTH = 3

function splitWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

function wordsOf(document: IndexedDocument): DocumentWords {
  return { title: splitWords(document.title), synonyms: splitWords(document.synonyms) }
}

export const DEFAULT_SEARCH_LIMIT = 50_000

// Edits allowed between a typed term and an indexed word. A swap of two letters ("visti" for
// "visit") counts as two edits, so terms of five or more letters allow two. Terms under four
// letters match only as typed or as a prefix, because one edit in three letters matches too much.
function fuzziness(term: string): number | false {
  if (term.length < 4) return false

  return term.length < 5 ? 1 : 2
}

const CODE_LIKE = /^[A-Z0-9]{1,5}$/

function toIndexed(document: SearchDocument): IndexedDocument {
  return {
    code: document.code,
    title: document.title,
    synonyms: document.synonyms.join('\n'),
  }
}

function sameDocument(a: IndexedDocument, b: IndexedDocument): boolean {
  return a.title === b.title && a.synonyms === b.synonyms
}

/** Returns the index of the first element of a sorted array that is not less than `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0
  let high = sorted.length

  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] as string) < value) low = middle + 1
    else high = middle
  }

  return low
}

/**
 * Full-text search over code, title and synonyms, updated one entry at a time so that a save
 * never rebuilds it. Results rank the code typed exactly first, then codes that start with the
 * query in code order, then prefix and fuzzy word matches by score (code before title before
 * synonyms).
 */
export class SearchIndex {
  readonly #mini = new MiniSearch<IndexedDocument>({
    idField: 'code',
    fields: ['code', 'title', 'synonyms'],
    searchOptions: {
      boost: { code: 4, title: 2, synonyms: 1 },
      prefix: true,
      fuzzy: fuzziness,
      combineWith: 'AND',
    },
  })
  readonly #documents = new Map<string, IndexedDocument>()
  readonly #words = new Map<string, DocumentWords>()
  // Kept sorted so a code prefix is found by binary search rather than a scan of every code.
  #sortedCodes: string[] = []

  /** Builds an index of every document at once, faster than adding them one by one. */
  static from(documents: Iterable<SearchDocument>): SearchIndex {
    const index = new SearchIndex()
    const indexed = [...documents].map(toIndexed)

    for (const document of indexed) {
      index.#documents.set(document.code, document)
      index.#words.set(document.code, wordsOf(document))
    }
    index.#mini.addAll([...index.#documents.values()])
    index.#sortedCodes = [...index.#documents.keys()].sort()

    return index
  }

  get size(): number {
    return this.#documents.size
  }

  /** Adds an entry or replaces its indexed text; an unchanged entry costs one comparison. */
  upsert(document: SearchDocument): void {
    const next = toIndexed(document)
    const current = this.#documents.get(next.code)
    if (current !== undefined && sameDocument(current, next)) return

    if (current === undefined) {
      this.#mini.add(next)
      this.#sortedCodes.splice(lowerBound(this.#sortedCodes, next.code), 0, next.code)
    } else {
      this.#mini.replace(next)
    }
    this.#documents.set(next.code, next)
    this.#words.set(next.code, wordsOf(next))
  }

  remove(code: string): void {
    if (!this.#documents.has(code)) return

    this.#mini.discard(code)
    this.#documents.delete(code)
    this.#words.delete(code)
    this.#sortedCodes.splice(lowerBound(this.#sortedCodes, code), 1)
  }

  /**
   * Brings the index in line with a full list of entries, touching only the ones that changed.
   * Writers that change many entries at once (imports) call this instead of `upsert` per entry.
   */
  syncWith(documents: Iterable<SearchDocument>): void {
    const seen = new Set<string>()

    for (const document of documents) {
      seen.add(document.code)
      this.upsert(document)
    }
    for (const code of [...this.#documents.keys()]) {
      if (!seen.has(code)) this.remove(code)
    }
  }

  /** Returns the matching codes, best first; an empty query returns every code in code order. */
  search(query: string, limit = DEFAULT_SEARCH_LIMIT): SearchResult {
    const trimmed = query.trim()
    if (trimmed === '') return { codes: this.#sortedCodes.slice(0, limit), exactCode: null }

    const upper = normalizeCode(trimmed)
    const exactCode = this.#documents.has(upper) ? upper : null
    const ranked = new Set<string>()
    if (exactCode !== null) ranked.add(exactCode)

    if (CODE_LIKE.test(upper)) {
      for (let i = lowerBound(this.#sortedCodes, upper); i < this.#sortedCodes.length; i++) {
        const code = this.#sortedCodes[i] as string
        if (!code.startsWith(upper) || ranked.size >= limit) break
        ranked.add(code)
      }
    }

    if (trimmed.length < SHORT_QUERY_LENGTH) {
      this.#addWordPrefixMatches(trimmed.toLowerCase(), ranked, limit)
      return { codes: [...ranked], exactCode }
    }

    for (const hit of this.#mini.search(trimmed)) {
      if (ranked.size >= limit) break
      ranked.add(hit.id as string)
    }

    return { codes: [...ranked], exactCode }
  }

  /** Adds codes with a title word, then those with a synonym word, that starts with `prefix`. */
  #addWordPrefixMatches(prefix: string, ranked: Set<string>, limit: number): void {
    const synonymMatches: string[] = []

    for (const code of this.#sortedCodes) {
      if (ranked.size >= limit) return
      if (ranked.has(code)) continue

      const words = this.#words.get(code) as DocumentWords
      if (words.title.some((word) => word.startsWith(prefix))) ranked.add(code)
      else if (words.synonyms.some((word) => word.startsWith(prefix))) synonymMatches.push(code)
    }

    for (const code of synonymMatches) {
      if (ranked.size >= limit) return
      ranked.add(code)
    }
  }
}
