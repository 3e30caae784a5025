import { useCallback, useState, useSyncExternalStore } from 'react'

import { api } from '../api/client'
import { WORD_PATTERN } from './SpellChecker'
import { useSpellChecker } from './SpellCheckerContext'

/**
 * Lists the misspelled words of a plain-text input (an FAQ question, a synonym) under it, each
 * with a button that adds it to the team's word list. Renders nothing when all words are known.
 */
export function PlainTextSpelling({ text }: { text: string }) {
  const checker = useSpellChecker()
  const [error, setError] = useState<string | null>(null)
  const subscribe = useCallback(
    (listener: () => void) => checker?.subscribe(listener) ?? (() => undefined),
    [checker],
  )
  // Re-renders when the worker's results for the words below arrive.
  useSyncExternalStore(subscribe, () => checker?.version ?? 0)
  if (checker === null) return null

  const words = [...new Set([...text.matchAll(WORD_PATTERN)].map((match) => match[0]))]
  const misspelled = words.filter((word) => checker.isMisspelled(word) === true)
  if (misspelled.length === 0) return null

  const add = async (word: string) => {
    const result = await api.addDictionaryWord({ word })
    if (!result.ok) {
      setError(`'${word}' was not added to the dictionary: ${result.error.message}`)
      return
    }

    setError(null)
    checker.accept(word)
  }

  return (
    <div className="plain-spelling" role="group" aria-label="Spelling">
      <span className="muted">Not in the dictionary:</span>
      {misspelled.map((word) => (
        <span key={word} className="plain-spelling-word">
          <span className="misspelled">{word}</span>
          <button type="button" className="chip-button" onClick={() => void add(word)}>
            Add {word}
          </button>
        </span>
      ))}
      {error !== null && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
