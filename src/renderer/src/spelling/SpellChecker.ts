import type { SpellRequest, SpellResponse } from './spellProtocol'

/** The words a field's text is split into for spell checking: letters with inner apostrophes. */
export const WORD_PATTERN = /\p{L}+(?:['’]\p{L}+)*/gu

/** Returns whether a word is left unchecked: single letters and all-caps acronyms (CMS, MIPS). */
export function isSkippedWord(word: string): boolean {
  return word.length < 2 || word === word.toUpperCase()
}

/** The part of a Web Worker the checker uses, so tests can pass a stand-in. */
export interface SpellWorker {
  postMessage(message: SpellRequest): void
  addEventListener(type: 'message', listener: (event: MessageEvent<SpellResponse>) => void): void
}

/**
 * Spell checking for the editors, backed by nspell and the en_US Hunspell dictionary in a worker
 * so that loading the 550 kB dictionary happens off the main thread. Results are cached per word:
 * `isMisspelled` returns at once and queues unknown words, and subscribers are told when results
 * arrive so the editors can underline them.
 */
export class SpellChecker {
  readonly #worker: SpellWorker
  readonly #known = new Map<string, boolean>()
  readonly #queued = new Set<string>()
  readonly #teamWords = new Set<string>()
  readonly #listeners = new Set<() => void>()
  readonly #suggestions = new Map<number, (suggestions: string[]) => void>()
  #nextId = 1
  #flushScheduled = false
  #version = 0

  constructor(worker: SpellWorker, teamWords: readonly string[]) {
    this.#worker = worker
    for (const word of teamWords) this.#teamWords.add(word.toLowerCase())
    worker.postMessage({ type: 'add', words: [...teamWords] })
    worker.addEventListener('message', (event) => this.#receive(event.data))
  }

  /** Returns true or false for a word already checked, or undefined while its result is pending. */
  isMisspelled(word: string): boolean | undefined {
    if (isSkippedWord(word) || this.#teamWords.has(word.toLowerCase())) return false

    const correct = this.#known.get(word)
    if (correct !== undefined) return !correct

    this.#queued.add(word)
    this.#scheduleFlush()
    return undefined
  }

  suggest(word: string): Promise<string[]> {
    const id = this.#nextId++
    return new Promise((resolve) => {
      this.#suggestions.set(id, resolve)
      this.#worker.postMessage({ type: 'suggest', id, word })
    })
  }

  /** Accepts a word from now on; the caller stores it in the team's word list first. */
  accept(word: string): void {
    this.#teamWords.add(word.toLowerCase())
    this.#worker.postMessage({ type: 'add', words: [word] })
    this.#notify()
  }

  /** A number that grows whenever results change, for React's `useSyncExternalStore`. */
  get version(): number {
    return this.#version
  }

  /** Calls `listener` whenever results change, and returns a function that unsubscribes. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled) return
    this.#flushScheduled = true

    queueMicrotask(() => {
      this.#flushScheduled = false
      const words = [...this.#queued]
      this.#queued.clear()
      // Pending words count as correct until the result comes, so they are not sent twice.
      for (const word of words) this.#known.set(word, true)
      if (words.length > 0) this.#worker.postMessage({ type: 'check', id: this.#nextId++, words })
    })
  }

  #receive(message: SpellResponse): void {
    if (message.type === 'checked') {
      for (const word of message.misspelled) this.#known.set(word, false)
      if (message.misspelled.length > 0) this.#notify()
    } else if (message.type === 'suggested') {
      this.#suggestions.get(message.id)?.(message.suggestions)
      this.#suggestions.delete(message.id)
    }
  }

  #notify(): void {
    this.#version++
    for (const listener of this.#listeners) listener()
  }
}
