import { type DragEvent, type KeyboardEvent, useState } from 'react'

import type { Faq } from '../../../shared/model/entry'
import type { RichTextDoc } from '../../../shared/model/richText'
import { FieldProblems } from '../problems/FieldProblems'
import { PlainTextSpelling } from '../spelling/PlainTextSpelling'
import { Icon } from './Icon'
import { RichTextField } from './RichTextField'
import { countText, formatCounts } from './textCounts'

export const FAQ_DRAG_TYPE = 'application/x-codedesk-faq-index'

interface FaqItemProps {
  faq: Faq
  index: number
  count: number
  editable: boolean
  dropTarget: boolean
  onQuestionChange: (question: string) => void
  onAnswerChange: (answer: RichTextDoc) => void
  onMove: (to: number) => void
  onDelete: () => void
  onDragTarget: (index: number | null) => void
  onDropFrom: (from: number) => void
}

/** One FAQ: its question, its rich-text answer and the controls to move or delete it. */
export function FaqItem(props: FaqItemProps) {
  const { faq, index, count, editable, dropTarget } = props
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const number = index + 1

  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || !editable) return
    if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault()
      props.onMove(index - 1)
    } else if (event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault()
      props.onMove(index + 1)
    }
  }

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(FAQ_DRAG_TYPE)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'move'
    props.onDragTarget(index)
  }

  const onDrop = (event: DragEvent) => {
    const from = Number(event.dataTransfer.getData(FAQ_DRAG_TYPE))
    props.onDragTarget(null)
    if (!Number.isInteger(from)) return
    event.preventDefault()
    props.onDropFrom(from)
  }

  return (
    <li
      className={`faq-item${dropTarget ? ' is-drop-target' : ''}`}
      data-faq-id={faq.id}
      aria-label={`FAQ ${number} of ${count}`}
      onKeyDown={onKeyDown}
      onDragOver={onDragOver}
      onDragLeave={() => props.onDragTarget(null)}
      onDrop={onDrop}
    >
      <div className="faq-header">
        <span
          className="drag-handle"
          draggable={editable}
          title="Drag to reorder, or press Alt+Arrow Up or Down in the FAQ"
          aria-hidden="true"
          onDragStart={(event) => {
            event.dataTransfer.setData(FAQ_DRAG_TYPE, String(index))
            event.dataTransfer.effectAllowed = 'move'
            const item = event.currentTarget.closest('li')
            if (item !== null) event.dataTransfer.setDragImage(item, 16, 16)
          }}
          onDragEnd={() => props.onDragTarget(null)}
        >
          <Icon name="grip" />
        </span>
        <span className="faq-number">FAQ {number}</span>
        <span className="faq-actions">
          <button
            type="button"
            className="tool-button"
            aria-label={`Move FAQ ${number} up`}
            title="Move up (Alt+Arrow Up)"
            disabled={!editable || index === 0}
            onClick={() => props.onMove(index - 1)}
          >
            <Icon name="arrowUp" />
          </button>
          <button
            type="button"
            className="tool-button"
            aria-label={`Move FAQ ${number} down`}
            title="Move down (Alt+Arrow Down)"
            disabled={!editable || index === count - 1}
            onClick={() => props.onMove(index + 1)}
          >
            <Icon name="arrowDown" />
          </button>
          {confirmingDelete ? (
            <span className="confirm-delete" role="group" aria-label={`Delete FAQ ${number}?`}>
              <button type="button" className="danger" autoFocus onClick={props.onDelete}>
                Delete FAQ {number}
              </button>
              <button type="button" onClick={() => setConfirmingDelete(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="tool-button"
              aria-label={`Delete FAQ ${number}`}
              title="Delete"
              disabled={!editable}
              onClick={() => setConfirmingDelete(true)}
            >
              <Icon name="trash" />
            </button>
          )}
        </span>
      </div>
      <div className="field" data-field={`faqs[${index}].question`}>
        <label className="field-label" htmlFor={`${faq.id}-question`}>
          Question
        </label>
        <FieldProblems field={`faqs[${index}].question`} />
        <input
          id={`${faq.id}-question`}
          className="text-input"
          value={faq.question}
          maxLength={300}
          readOnly={!editable}
          onChange={(event) => props.onQuestionChange(event.target.value)}
        />
        <PlainTextSpelling text={faq.question} />
        <span className="field-counts">{formatCounts(countText(faq.question))}</span>
      </div>
      <RichTextField
        field={`faqs[${index}].answer`}
        label="Answer"
        value={faq.answer}
        editable={editable}
        onChange={props.onAnswerChange}
      />
    </li>
  )
}
