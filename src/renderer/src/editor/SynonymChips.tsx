import { type KeyboardEvent, useState } from 'react'

import { FieldProblems } from '../problems/FieldProblems'
import { PlainTextSpelling } from '../spelling/PlainTextSpelling'
import { Icon } from './Icon'
import { normalizeSynonym } from './normalizeSynonym'

interface SynonymChipsProps {
  synonyms: readonly string[]
  editable: boolean
  onChange: (synonyms: string[]) => void
}

/**
 * The "Also known as" synonyms as removable chips. A synonym equal to an existing one, ignoring
 * case and spacing, is rejected with a message.
 */
export function SynonymChips({ synonyms, editable, onChange }: SynonymChipsProps) {
  const [text, setText] = useState('')
  const [message, setMessage] = useState<string | null>(null)

  const add = () => {
    const synonym = text.trim().replace(/\s+/g, ' ')
    if (synonym === '') return

    const duplicate = synonyms.find(
      (existing) => normalizeSynonym(existing) === normalizeSynonym(synonym),
    )
    if (duplicate !== undefined) {
      setMessage(
        `Synonym '${synonym}' is already in the list as '${duplicate}'. Type a different one.`,
      )
      return
    }

    onChange([...synonyms, synonym])
    setText('')
    setMessage(null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault()
      add()
    } else if (event.key === 'Backspace' && text === '' && synonyms.length > 0) {
      onChange(synonyms.slice(0, -1))
    }
  }

  return (
    <div className="field" data-field="synonyms">
      <div className="field-heading">
        <label className="field-label" htmlFor="synonym-input">
          Also known as
        </label>
        <span className="field-hint">Lay synonyms, 2 to 6. Enter adds one.</span>
      </div>
      <FieldProblems field="synonyms" />
      <ul className="chips" aria-label="Synonyms">
        {synonyms.map((synonym, index) => (
          <li key={`${synonym}-${index}`} className="chip" data-field={`synonyms[${index}]`}>
            <span>{synonym}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove synonym ${synonym}`}
              disabled={!editable}
              onClick={() => onChange(synonyms.filter((_, position) => position !== index))}
            >
              <Icon name="close" />
            </button>
            <FieldProblems field={`synonyms[${index}]`} />
          </li>
        ))}
        <li className="chip-input">
          <input
            id="synonym-input"
            value={text}
            maxLength={120}
            placeholder="Add a synonym"
            disabled={!editable}
            aria-invalid={message !== null}
            aria-describedby="synonym-message"
            onChange={(event) => {
              setText(event.target.value)
              setMessage(null)
            }}
            onKeyDown={onKeyDown}
          />
          <button type="button" onClick={add} disabled={!editable || text.trim() === ''}>
            Add
          </button>
        </li>
      </ul>
      <PlainTextSpelling text={synonyms.join(' ')} />
      <p id="synonym-message" className="form-error" role="alert">
        {message}
      </p>
    </div>
  )
}
