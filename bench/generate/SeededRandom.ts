/**
 * A deterministic pseudo-random generator (mulberry32), so one seed always yields the same
 * content folder. Not for anything that needs unpredictable numbers.
 */
export class SeededRandom {
  #state: number

  constructor(seed: number) {
    this.#state = seed >>> 0
  }

  /** Returns a float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0
    let t = this.#state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)

    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }

  /** Returns an integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('SeededRandom.pick: the list is empty.')

    return items[Math.floor(this.next() * items.length)] as T
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  /** Returns `count` distinct items in random order (a partial Fisher-Yates shuffle of a copy). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items]
    const taken = Math.min(count, copy.length)

    for (let i = 0; i < taken; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i))
      ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
    }

    return copy.slice(0, taken)
  }
}
