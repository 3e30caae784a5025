import nspell from 'nspell'

// Hunspell's en_US files, bundled into this worker as text so that no dictionary is fetched at
// run time. The package exports only index.js (which reads the files with node:fs), so the
// files are imported by path.
import aff from '../../../../node_modules/dictionary-en/index.aff?raw'
import dic from '../../../../node_modules/dictionary-en/index.dic?raw'
import type { SpellRequest, SpellResponse } from './spellProtocol'

const MAX_SUGGESTIONS = 6
const speller = nspell(aff, dic)
const scope = self as unknown as {
  postMessage: (message: SpellResponse) => void
  onmessage: ((event: MessageEvent<SpellRequest>) => void) | null
}

scope.onmessage = (event) => {
  const request = event.data

  if (request.type === 'check') {
    const misspelled = request.words.filter((word) => !speller.correct(word))
    scope.postMessage({ type: 'checked', id: request.id, misspelled })
  } else if (request.type === 'suggest') {
    const suggestions = speller.suggest(request.word).slice(0, MAX_SUGGESTIONS)
    scope.postMessage({ type: 'suggested', id: request.id, suggestions })
  } else {
    for (const word of request.words) speller.add(word)
  }
}

scope.postMessage({ type: 'ready' })
