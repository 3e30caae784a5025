import type { ReactNode } from 'react'

import type { BlockChange, RichTextDiff } from '../../../shared/diff/diffRichText'
import type { TextBlock } from '../../../shared/diff/flattenRichText'
import { type DiffSide, InlineChanges, Tokens } from './InlineChanges'

export type DiffLayout = 'side-by-side' | 'inline'

const ROW_LABELS: Record<BlockChange['kind'], string | null> = {
  equal: null,
  insert: 'Added',
  delete: 'Deleted',
  'moved-away': 'Moved from here',
  'moved-here': 'Moved here',
  changed: 'Edited',
}

function BlockFrame({ block, children }: { block: TextBlock; children: ReactNode }) {
  let marker: string | null = null
  if (block.kind === 'bullet-item') marker = '•'
  if (block.kind === 'ordered-item') marker = '#'

  return (
    <div className="diff-block" style={{ paddingLeft: `${block.depth * 16}px` }}>
      {marker !== null && (
        <span className="diff-list-marker" aria-hidden="true">
          {marker}
        </span>
      )}
      <span>{children}</span>
    </div>
  )
}

function blockOnSide(change: BlockChange, side: DiffSide): TextBlock | null {
  switch (change.kind) {
    case 'equal':
    case 'changed':
      return side === 'old' ? change.old : change.new
    case 'insert':
    case 'moved-here':
      return side === 'old' ? null : change.new
    case 'delete':
    case 'moved-away':
      return side === 'new' ? null : change.old
  }
}

function Cell({ change, side }: { change: BlockChange; side: DiffSide }) {
  const block = blockOnSide(change, side)
  if (block === null) return null

  return (
    <BlockFrame block={block}>
      {change.kind === 'changed' ? (
        <InlineChanges changes={change.inline} side={side} />
      ) : (
        <Tokens tokens={block.tokens} />
      )}
    </BlockFrame>
  )
}

/**
 * Draws a rich-text diff: in two columns (the approved text on the left, the text in review on
 * the right) or as one column with deletions and insertions marked.
 */
export function RichTextDiffView({ diff, layout }: { diff: RichTextDiff; layout: DiffLayout }) {
  return (
    <div className={`diff-blocks layout-${layout}`}>
      {diff.blocks.map((change, index) => {
        const label = ROW_LABELS[change.kind]

        return (
          <div key={index} className={`diff-row row-${change.kind}`}>
            <span className="diff-row-label">{label}</span>
            {layout === 'side-by-side' ? (
              <>
                <div className="diff-cell diff-old">
                  <Cell change={change} side="old" />
                </div>
                <div className="diff-cell diff-new">
                  <Cell change={change} side="new" />
                </div>
              </>
            ) : (
              <div className="diff-cell">
                <Cell change={change} side="both" />
              </div>
            )}
          </div>
        )
      })}
    </div>
  )
}
