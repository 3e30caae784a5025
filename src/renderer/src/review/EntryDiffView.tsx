import type { FieldDiff } from '../../../shared/diff/diffEntries'
import { useWorkspace } from '../app/WorkspaceContext'
import { FaqDiffView } from './FaqDiffView'
import { fieldLabel } from './fieldLabels'
import { InlineChanges } from './InlineChanges'
import { ListDiffView } from './ListDiffView'
import { type DiffLayout, RichTextDiffView } from './RichTextDiffView'

interface EntryDiffViewProps {
  diffs: FieldDiff[]
  layout: DiffLayout
  /** Column headings of the side-by-side layout, such as "Approved revision 2". */
  oldLabel: string
  newLabel: string
  /** Offers a "Comment" button per field; called with the field path. */
  onCommentField?: (field: string) => void
}

function FieldChanges({ diff, layout }: { diff: FieldDiff; layout: DiffLayout }) {
  const { taxonomy } = useWorkspace()
  const specialtyLabel = (id: string) =>
    taxonomy.specialties.find((specialty) => specialty.id === id)?.label ?? id

  switch (diff.kind) {
    case 'text':
      return (
        <div className={`diff-blocks layout-${layout}`}>
          <div className="diff-row row-changed">
            <span className="diff-row-label">Edited</span>
            {layout === 'side-by-side' ? (
              <>
                <div className="diff-cell diff-old">
                  <InlineChanges changes={diff.inline} side="old" />
                </div>
                <div className="diff-cell diff-new">
                  <InlineChanges changes={diff.inline} side="new" />
                </div>
              </>
            ) : (
              <div className="diff-cell">
                <InlineChanges changes={diff.inline} side="both" />
              </div>
            )}
          </div>
        </div>
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
      return (
        <p className="diff-rvu">
          <del className="diff-delete">{diff.old}</del> →{' '}
          <ins className="diff-insert">{diff.new}</ins>
        </p>
      )
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
