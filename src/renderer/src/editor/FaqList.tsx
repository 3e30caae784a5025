import { useLayoutEffect, useRef, useState } from 'react'

import type { Faq } from '../../../shared/model/entry'
import { emptyDoc } from '../../../shared/model/richText'
import { FaqItem } from './FaqItem'
import { Icon } from './Icon'
import { moveItem } from './moveItem'

interface FaqListProps {
  faqs: readonly Faq[]
  editable: boolean
  /** Applies a change to the latest list, so edits in quick succession never undo each other. */
  onEdit: (edit: (faqs: readonly Faq[]) => Faq[]) => void
}

function newFaqId(): string {
  return `faq-${crypto.randomUUID().slice(0, 8)}`
}

function replaceFaq(faqs: readonly Faq[], id: string, edit: (faq: Faq) => Faq): Faq[] {
  return faqs.map((faq) => (faq.id === id ? edit(faq) : faq))
}

/**
 * The hand-written FAQs, in page order. They are reordered with the Move buttons, Alt+Arrow Up or
 * Down while focus is inside an FAQ, or by dragging the handle.
 */
export function FaqList({ faqs, editable, onEdit }: FaqListProps) {
  const [dropIndex, setDropIndex] = useState<number | null>(null)
  const [announcement, setAnnouncement] = useState('')
  // The browser drops focus when React moves a focused element, so it is put back after a move.
  const refocus = useRef<Element | null>(null)
  const focusQuestionOf = useRef<string | null>(null)
  const listRef = useRef<HTMLOListElement>(null)

  useLayoutEffect(() => {
    const element = refocus.current
    refocus.current = null
    if (element instanceof HTMLElement && document.activeElement !== element) element.focus()

    const newId = focusQuestionOf.current
    focusQuestionOf.current = null
    if (newId !== null) {
      listRef.current?.querySelector<HTMLInputElement>(`[data-faq-id="${newId}"] input`)?.focus()
    }
  }, [faqs])

  const move = (from: number, to: number) => {
    if (from === to || to < 0 || to >= faqs.length) return
    refocus.current = document.activeElement
    onEdit((current) => moveItem(current, from, to))
    setAnnouncement(`FAQ moved from position ${from + 1} to ${to + 1}.`)
  }

  const add = () => {
    const faq: Faq = { id: newFaqId(), question: '', answer: emptyDoc() }
    focusQuestionOf.current = faq.id
    onEdit((current) => [...current, faq])
  }

  return (
    <div className="faq-list" data-field="faqs">
      <ol ref={listRef} className="faq-items">
        {faqs.map((faq, index) => (
          <FaqItem
            key={faq.id}
            faq={faq}
            index={index}
            count={faqs.length}
            editable={editable}
            dropTarget={dropIndex === index}
            onQuestionChange={(question) =>
              onEdit((current) => replaceFaq(current, faq.id, (old) => ({ ...old, question })))
            }
            onAnswerChange={(answer) =>
              onEdit((current) => replaceFaq(current, faq.id, (old) => ({ ...old, answer })))
            }
            onMove={(to) => move(index, to)}
            onDelete={() => {
              onEdit((current) => current.filter((candidate) => candidate.id !== faq.id))
              setAnnouncement(`FAQ ${index + 1} deleted.`)
            }}
            onDragTarget={setDropIndex}
            onDropFrom={(from) => move(from, index)}
          />
        ))}
      </ol>
      <button type="button" onClick={add} disabled={!editable}>
        <Icon name="plus" /> Add FAQ
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  )
}
