// Hunspell's en_US files, bundled into this worker as text so that no dictionary is fetched at
// run time. The package exports only index.js (which reads the files with node:fs), so the
// files are imported by path.
import aff from '../../../../node_modules/dictionary-en/index.aff?raw'
import dic from '../../../../node_modules/dictionary-en/index.dic?raw'
import { createSpellResponder } from './createSpellResponder'
import type { SpellRequest, SpellResponse } from './spellProtocol'

const respond = createSpellResponder(aff, dic)
const scope = self as unknown as {
  postMessage: (message: SpellResponse) => void
  onmessage: ((event: MessageEvent<SpellRequest>) => void) | null
}

scope.onmessage = (event) => {
  const response = respond(event.data)
  if (response !== null) scope.postMessage(response)
}

scope.postMessage({ type: 'ready' })
