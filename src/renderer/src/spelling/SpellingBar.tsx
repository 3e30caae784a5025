import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useEffect, useState } from 'react'

import { api } from '../api/client'
import { misspelledWordAt } from './createSpellcheckPlugin'
import type { SpellChecker } from './SpellChecker'

interface SpellingBarProps {
  editor: Editor
  checker: SpellChecker
}

/**
 * Shown while the cursor is in an underlined word: suggestions to replace it and a button that
 * adds it to the team's word list. Tab reaches it from the editor, so it works without a mouse.
 */
export function SpellingBar({ editor, checker }: SpellingBarProps) {
  const target = useEditorState({
    editor,
    selector: ({ editor: current }) => misspelledWordAt(current.state),
    equalityFn: (a, b) => a?.word === b?.word && a?.from === b?.from,
  })
  const [suggestions, setSuggestions] = useState<{ word: string; list: string[] } | null>(null)
  const [error, setError] = useState<string | null>(null)
  const word = target?.word ?? null

  useEffect(() => {
    if (word === null) return
    let current = true
    void checker.suggest(word).then((list) => {
      if (current) setSuggestions({ word, list })
    })

    return () => {
      current = false
    }
  }, [word, checker])

  if (target === null) return null

  const replace = (replacement: string) => {
    editor.chain().focus().insertContentAt({ from: target.from, to: target.to }, replacement).run()
  }
  const addToDictionary = async () => {
    const result = await api.addDictionaryWord({ word: target.word })
    if (!result.ok) {
      setError(`'${target.word}' was not added to the dictionary: ${result.error.message}`)
      return
    }

    setError(null)
    checker.accept(target.word)
  }
  const list = suggestions?.word === target.word ? suggestions.list : null

  return (
    <div className="spelling-bar" role="group" aria-label={`Spelling of ${target.word}`}>
      <span>
        <strong>{target.word}</strong> is not in the dictionary.
      </span>
      {list === null && <span className="muted">Looking for suggestions…</span>}
      {list?.length === 0 && <span className="muted">No suggestions.</span>}
      {list?.map((suggestion) => (
        <button
          key={suggestion}
          type="button"
          className="chip-button"
          onClick={() => replace(suggestion)}
        >
          {suggestion}
        </button>
      ))}
      <button type="button" onClick={() => void addToDictionary()}>
        Add to dictionary
      </button>
      {error !== null && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}
