import type { ReactNode } from 'react'

import type { ListItemChange } from '../../../shared/diff/diffList'

// The state's class name: the kind of change, without positions.
function stateClass<T>(change: ListItemChange<T>): string {
  if (change.kind !== 'kept') return change.kind
  if (change.moved && change.edited) return 'moved-and-edited'
  if (change.moved) return 'moved'
  return change.edited ? 'edited' : 'unchanged'
}

// The state as the reviewer reads it; a move names both positions, as the FAQ diff does.
function describe<T>(change: ListItemChange<T>): string {
  if (change.kind !== 'kept') return change.kind
  const move = `moved from position ${change.oldIndex + 1} to ${change.newIndex + 1}`
  if (change.moved && change.edited) return `${move} and edited`
  if (change.moved) return move
  return change.edited ? 'edited' : 'unchanged'
}

/**
 * Draws a list diff as one row per item in the new order, each marked added, removed, moved,
 * edited or unchanged. An edited item shows its old value beside the new one.
 */
export function ListDiffView<T>({
  items,
  render,
}: {
  items: readonly ListItemChange<T>[]
  render: (item: T) => ReactNode
}) {
  return (
    <ul className="diff-list">
      {items.map((change, index) => {
        return (
          <li key={index} className={`diff-list-item item-${stateClass(change)}`}>
            <span className="diff-item-state">{describe(change)}</span>
            {change.kind === 'added' && <ins className="diff-insert">{render(change.new)}</ins>}
            {change.kind === 'removed' && <del className="diff-delete">{render(change.old)}</del>}
            {change.kind === 'kept' && change.edited && (
              <>
                <del className="diff-delete">{render(change.old)}</del>{' '}
                <ins className="diff-insert">{render(change.new)}</ins>
              </>
            )}
            {change.kind === 'kept' && !change.edited && <span>{render(change.new)}</span>}
          </li>
        )
      })}
    </ul>
  )
}
