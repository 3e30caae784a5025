import type { ValueChange } from '../../../shared/diff/diffEntries'
import type { InlineChange } from '../../../shared/diff/diffInline'
import { type DiffSide, InlineChanges } from './InlineChanges'
import type { DiffLayout } from './RichTextDiffView'

// The same labels and row classes as the rich-text rows, so a first revision reads "Added" on
// every field.
const ROW_LABELS: Record<ValueChange, string> = {
  added: 'Added',
  removed: 'Deleted',
  edited: 'Edited',
}

const ROW_CLASSES: Record<ValueChange, string> = {
  added: 'row-insert',
  removed: 'row-delete',
  edited: 'row-changed',
}

interface ValueDiffViewProps {
  change: ValueChange
  layout: DiffLayout
  /** The old and new values as people read them: labels, not ids. */
  old: string
  new: string
  /** A word diff of the two values, drawn for an edit. Without it, an edit shows both whole values. */
  inline?: InlineChange[]
}

function Side({ props, side }: { props: ValueDiffViewProps; side: DiffSide }) {
  const { change, inline } = props

  if (change === 'added')
    return side === 'old' ? null : <div className="diff-block">{props.new}</div>
  if (change === 'removed') {
    return side === 'new' ? null : <div className="diff-block">{props.old}</div>
  }
  if (inline !== undefined) return <InlineChanges changes={inline} side={side} />

  const removed = (
    <del className="diff-delete">
      <span className="visually-hidden">deleted: </span>
      {props.old}
    </del>
  )
  const inserted = (
    <ins className="diff-insert">
      <span className="visually-hidden">inserted: </span>
      {props.new}
    </ins>
  )
  if (side === 'old') return removed
  if (side === 'new') return inserted

  return (
    <>
      {removed} {inserted}
    </>
  )
}

/** Draws the change of a single-value field (title, category, code system, RVU) as one diff row. */
export function ValueDiffView(props: ValueDiffViewProps) {
  const { change, layout } = props

  return (
    <div className={`diff-blocks layout-${layout}`}>
      <div className={`diff-row ${ROW_CLASSES[change]}`}>
        <span className="diff-row-label">{ROW_LABELS[change]}</span>
        {layout === 'side-by-side' ? (
          <>
            <div className="diff-cell diff-old">
              <Side props={props} side="old" />
            </div>
            <div className="diff-cell diff-new">
              <Side props={props} side="new" />
            </div>
          </>
        ) : (
          <div className="diff-cell">
            <Side props={props} side="both" />
          </div>
        )}
      </div>
    </div>
  )
}
