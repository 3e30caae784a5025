import type { ReactNode } from 'react'

import type { InlineChange } from '../../../shared/diff/diffInline'
import type { InlineToken } from '../../../shared/diff/flattenRichText'

/** The side of a diff to draw: the old text, the new text, or both merged. */
export type DiffSide = 'old' | 'new' | 'both'

function markName(mark: string): string {
  return mark.startsWith('link:') ? `link to ${mark.slice('link:'.length)}` : mark
}

/** Describes a formatting change for people: "bold added", "link to … removed". */
export function describeFormatChange(oldMarks: readonly string[], newMarks: readonly string[]) {
  const added = newMarks.filter((mark) => !oldMarks.includes(mark)).map(markName)
  const removed = oldMarks.filter((mark) => !newMarks.includes(mark)).map(markName)
  const parts = [
    ...added.map((mark) => `${mark} added`),
    ...removed.map((mark) => `${mark} removed`),
  ]

  return parts.join(', ')
}

/** Wraps text in the elements of its marks. Links are shown, not followed, in a diff. */
export function withMarks(text: string, marks: readonly string[]): ReactNode {
  let node: ReactNode = text

  for (const mark of marks) {
    if (mark === 'bold') node = <strong>{node}</strong>
    else if (mark === 'italic') node = <em>{node}</em>
    else if (mark.startsWith('link:')) {
      node = (
        <span className="diff-link" title={mark.slice('link:'.length)}>
          {node}
        </span>
      )
    }
  }

  return node
}

/** Draws unchanged tokens, merging runs with the same marks. */
export function Tokens({ tokens }: { tokens: readonly InlineToken[] }) {
  const runs: Array<{ text: string; marks: readonly string[] }> = []
  for (const token of tokens) {
    const last = runs.at(-1)
    if (last !== undefined && last.marks.join() === token.marks.join()) last.text += token.text
    else runs.push({ text: token.text, marks: token.marks })
  }

  return (
    <>
      {runs.map((run, index) => (
        <span key={index}>{withMarks(run.text, run.marks)}</span>
      ))}
    </>
  )
}

/** Draws a word-level diff for one side, or both sides merged for the inline layout. */
export function InlineChanges({ changes, side }: { changes: InlineChange[]; side: DiffSide }) {
  return (
    <>
      {changes.map((change, index) => {
        if (change.kind === 'format') {
          const description = describeFormatChange(change.oldMarks, change.marks)
          const marks = side === 'old' ? change.oldMarks : change.marks
          return (
            <span key={index} className="diff-format" title={description}>
              {withMarks(change.text, marks)}
              {side !== 'old' && <span className="visually-hidden"> ({description})</span>}
            </span>
          )
        }
        if (change.kind === 'equal') {
          return <span key={index}>{withMarks(change.text, change.marks)}</span>
        }
        if (change.kind === 'delete') {
          if (side === 'new') return null
          return (
            <del key={index} className="diff-delete">
              <span className="visually-hidden">deleted: </span>
              {withMarks(change.text, change.marks)}
            </del>
          )
        }

        if (side === 'old') return null
        return (
          <ins key={index} className="diff-insert">
            <span className="visually-hidden">inserted: </span>
            {withMarks(change.text, change.marks)}
          </ins>
        )
      })}
    </>
  )
}
