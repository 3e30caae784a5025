import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  isPlainRichTextDoc,
  richTextDocSchema,
  richTextDocShapeSchema,
} from '../../src/shared/model/richText'

const SAMPLE_ENTRIES = join(import.meta.dirname, '..', '..', 'content', 'entries')

// A small deterministic generator (a linear congruential one), so a failure can be replayed.
function randomSource(seed: number) {
  let state = seed
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  return {
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  }
}

type Random = ReturnType<typeof randomSource>

// Values that are sometimes valid and sometimes not, in every place the schema checks.
function attributes(random: Random): unknown {
  const values = ['x', 2, true, null, Number.POSITIVE_INFINITY, undefined, {}, '']
  const keys = random.chance(0.7) ? ['href', 'target'] : ['target', 'href']
  const attrs: Record<string, unknown> = {}
  for (const key of keys.slice(0, random.pick([1, 2]))) attrs[key] = random.pick(values)
  return random.chance(0.1) ? [attrs] : attrs
}

function node(random: Random, depth: number): unknown {
  const shape: Record<string, unknown> = {}
  const keyOrder = random.chance(0.9)
    ? ['type', 'attrs', 'content', 'text', 'marks']
    : ['text', 'type', 'content', 'extra']

  for (const key of keyOrder) {
    if (key === 'type') shape.type = random.pick(['paragraph', 'text', 'bulletList', '', 7])
    if (key === 'attrs' && random.chance(0.2)) shape.attrs = attributes(random)
    if (key === 'content' && depth < 4 && random.chance(0.5)) {
      shape.content = Array.from({ length: random.pick([0, 1, 2, 3]) }, () =>
        node(random, depth + 1),
      )
    }
    if (key === 'text' && random.chance(0.5))
      shape.text = random.chance(0.98) ? 'some words' : 'x'.repeat(100_001)
    if (key === 'marks' && random.chance(0.2)) {
      shape.marks = [
        random.pick([{ type: 'bold' }, { type: '' }, { attrs: {}, type: 'link' }, 'bold']),
      ]
    }
    if (key === 'extra' && random.chance(0.3)) shape.extra = 1
  }

  return random.chance(0.02) ? null : shape
}

function doc(random: Random): unknown {
  const content = Array.from({ length: random.pick([0, 1, 2]) }, () => node(random, 1))
  if (random.chance(0.05)) return { content, type: 'doc' }
  if (random.chance(0.05)) return { type: 'paragraph', content }

  return random.chance(0.1)
    ? { type: 'doc', attrs: attributes(random), content }
    : { type: 'doc', content }
}

describe('isPlainRichTextDoc', () => {
  it('accepts every document in the sample entries', async () => {
    for (const name of await readdir(SAMPLE_ENTRIES)) {
      const entry = JSON.parse(await readFile(join(SAMPLE_ENTRIES, name), 'utf8')) as Record<
        string,
        unknown
      >
      const docs = [entry.summary, entry.plainLanguage, entry.clinicalContext]
      for (const faq of entry.faqs as Array<{ answer: unknown }>) docs.push(faq.answer)

      for (const value of docs) expect(isPlainRichTextDoc(value), name).toBe(true)
    }
  })

  it('gives the schema result on random documents', () => {
    const random = randomSource(7)
    let shortcuts = 0

    for (let round = 0; round < 5000; round++) {
      const value = doc(random)
      const expected = richTextDocShapeSchema.safeParse(value)
      const actual = richTextDocSchema.safeParse(value)
      if (isPlainRichTextDoc(value)) shortcuts++

      expect(actual.success, JSON.stringify(value)).toBe(expected.success)
      if (expected.success) {
        expect(JSON.stringify(actual.data)).toBe(JSON.stringify(expected.data))
      } else {
        expect(actual.error?.issues).toEqual(expected.error.issues)
      }
    }
    // Both paths ran: some documents took the shortcut and some went through the schema.
    expect(shortcuts).toBeGreaterThan(500)
    expect(shortcuts).toBeLessThan(4500)
  })
})
