import nspell from 'nspell'

import type { SpellRequest, SpellResponse } from './spellProtocol'

const MAX_SUGGESTIONS = 6

/**
 * Builds nspell from Hunspell affix and dictionary text and returns the function that responds to
 * the editor's requests. `add` requests change the word list and have no response.
 */
export function createSpellResponder(
  aff: string,
  dic: string,
): (request: SpellRequest) => SpellResponse | null {
  const speller = nspell(aff, dic)

  return (request) => {
    if (request.type === 'check') {
      const misspelled = request.words.filter((word) => !speller.correct(word))
      return { type: 'checked', id: request.id, misspelled }
    }
    if (request.type === 'suggest') {
      const suggestions = speller.suggest(request.word).slice(0, MAX_SUGGESTIONS)
      return { type: 'suggested', id: request.id, suggestions }
    }

    for (const word of request.words) speller.add(word)
    return null
  }
}
