import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { beforeAll, describe, expect, it } from 'vitest'

import { createSpellResponder } from '../../src/renderer/src/spelling/createSpellResponder'
import { SpellChecker, type SpellWorker } from '../../src/renderer/src/spelling/SpellChecker'
import type { SpellRequest, SpellResponse } from '../../src/renderer/src/spelling/spellProtocol'

const dictionaryDir = join(import.meta.dirname, '..', '..', 'node_modules', 'dictionary-en')
let respond: (request: SpellRequest) => SpellResponse | null

/** Runs the worker code in this process and responds asynchronously, as a worker does. */
function inProcessWorker(): SpellWorker {
  const listeners: Array<(event: MessageEvent<SpellResponse>) => void> = []

  return {
    postMessage(request) {
      setTimeout(() => {
        const response = respond(request)
        if (response === null) return
        for (const listener of listeners)
          listener({ data: response } as MessageEvent<SpellResponse>)
      }, 0)
    },
    addEventListener(_type, listener) {
      listeners.push(listener)
    },
  }
}

/** Waits until the checker has a result for every word, then returns the misspelled ones. */
async function misspelled(checker: SpellChecker, words: string[]): Promise<string[]> {
  const pending = () => words.some((word) => checker.isMisspelled(word) === undefined)
  for (let attempt = 0; attempt < 50 && pending(); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  // One more round trip: results arrive after the pending state is recorded.
  await new Promise((resolve) => setTimeout(resolve, 20))

  return words.filter((word) => checker.isMisspelled(word) === true)
}

beforeAll(async () => {
  const [aff, dic] = await Promise.all([
    readFile(join(dictionaryDir, 'index.aff'), 'utf8'),
    readFile(join(dictionaryDir, 'index.dic'), 'utf8'),
  ])
  respond = createSpellResponder(aff, dic)
})

describe('SpellChecker', () => {
  it('finds misspelled words with the bundled dictionary', async () => {
    const checker = new SpellChecker(inProcessWorker(), [])
    const words = ['patient', 'pacient', 'visit', 'recieve', 'Medicare']

    expect(await misspelled(checker, words)).toEqual(['pacient', 'recieve'])
  })

  it('accepts words of the team list in any case', async () => {
    const checker = new SpellChecker(inProcessWorker(), ['telehealth', 'infliximab'])

    expect(await misspelled(checker, ['telehealth', 'Telehealth', 'infliximab'])).toEqual([])
  })

  it('skips acronyms and single letters', () => {
    const checker = new SpellChecker(inProcessWorker(), [])

    expect(checker.isMisspelled('HCPCS')).toBe(false)
    expect(checker.isMisspelled('x')).toBe(false)
  })

  it('suggests corrections', async () => {
    const checker = new SpellChecker(inProcessWorker(), [])

    expect(await checker.suggest('pacient')).toContain('patient')
  })

  it('accepts an added word and notifies subscribers', async () => {
    const checker = new SpellChecker(inProcessWorker(), [])
    let notified = 0
    checker.subscribe(() => notified++)
    const before = await misspelled(checker, ['Qwertzy'])
    checker.accept('Qwertzy')

    expect(before).toEqual(['Qwertzy'])
    expect(checker.isMisspelled('Qwertzy')).toBe(false)
    expect(notified).toBeGreaterThanOrEqual(2)
  })
})
