import { CODE_SYSTEM_LABELS, type CodeSystem } from '../../../shared/codes/codeSystem'
import type { FieldDiff } from '../../../shared/diff/diffEntries'
import type { InlineChange } from '../../../shared/diff/diffInline'
import { useWorkspace } from '../app/WorkspaceContext'
import { FaqDiffView } from './FaqDiffView'
import { fieldLabel } from './fieldLabels'
import { ListDiffView } from './ListDiffView'
import { type DiffLayout, RichTextDiffView } from './RichTextDiffView'
import { ValueDiffView } from './ValueDiffView'

interface EntryDiffViewProps {
  diffs: FieldDiff[]
  layout: DiffLayout
  /** Column headings of the side-by-side layout, such as "Approved revision 2". */
  oldLabel: string
  newLabel: string
  /** Offers a "Comment" button per field; called with the field path. */
  onCommentField?: (field: string) => void
}

function textOnSide(changes: readonly InlineChange[], side: 'old' | 'new'): string {
  const skipped = side === 'old' ? 'insert' : 'delete'
  return changes
    .filter((change) => change.kind !== skipped)
    .map((change) => change.text)
    .join('')
}

function FieldChanges({ diff, layout }: { diff: FieldDiff; layout: DiffLayout }) {
  const { taxonomy } = useWorkspace()
  const specialtyLabel = (id: string) =>
    taxonomy.specialties.find((specialty) => specialty.id === id)?.label ?? id
  const choiceLabel = (field: 'category' | 'codeSystem', id: string) => {
    if (id === '') return ''
    if (field === 'codeSystem') return CODE_SYSTEM_LABELS[id as CodeSystem] ?? id

    const category = taxonomy.categories.find((candidate) => candidate.id === id)
    return category?.label ?? `${id} (not in the taxonomy)`
  }

  switch (diff.kind) {
    case 'text':
      return (
        <ValueDiffView
          change={diff.change}
          layout={layout}
          old={textOnSide(diff.inline, 'old')}
          new={textOnSide(diff.inline, 'new')}
          inline={diff.inline}
        />
      )
    case 'choice':
      return (
        <ValueDiffView
          change={diff.change}
          layout={layout}
          old={choiceLabel(diff.field, diff.old)}
          new={choiceLabel(diff.field, diff.new)}
        />
      )
    case 'rich-text':
      return <RichTextDiffView diff={diff.diff} layout={layout} />
    case 'list':
      return (
        <ListDiffView
          items={diff.items}
          render={diff.field === 'specialties' ? specialtyLabel : (synonym) => synonym}
        />
      )
    case 'faqs':
      return <FaqDiffView items={diff.items} layout={layout} />
    case 'rvu':
      return <ValueDiffView change={diff.change} layout={layout} old={diff.old} new={diff.new} />
  }
}

/** Draws every changed field of an entry with its label and, for reviewers, a comment button. */
export function EntryDiffView(props: EntryDiffViewProps) {
  const { diffs, layout, onCommentField } = props

  if (diffs.length === 0) {
    return <p className="muted">No field differs from {props.oldLabel.toLowerCase()}.</p>
  }

  return (
    <div className="entry-diff">
      {layout === 'side-by-side' && (
        <div className="diff-columns-head" aria-hidden="true">
          <span>{props.oldLabel}</span>
          <span>{props.newLabel}</span>
        </div>
      )}
      {diffs.map((diff) => (
        <section
          key={diff.field}
          className="diff-field"
          data-diff-field={diff.field}
          aria-label={`Changes to ${fieldLabel(diff.field)}`}
        >
          <header className="diff-field-head">
            <h3>{fieldLabel(diff.field)}</h3>
            {onCommentField !== undefined && (
              <button
                type="button"
                aria-label={`Comment on ${fieldLabel(diff.field)}`}
                onClick={() => onCommentField(diff.field)}
              >
                Comment
              </button>
            )}
          </header>
          <FieldChanges diff={diff} layout={layout} />
        </section>
      ))}
    </div>
  )
}
