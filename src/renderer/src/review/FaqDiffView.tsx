import type { FaqChange } from '../../../shared/diff/diffEntries'
import { diffRichText } from '../../../shared/diff/diffRichText'
import { emptyDoc } from '../../../shared/model/richText'
import { InlineChanges } from './InlineChanges'
import { type DiffLayout, RichTextDiffView } from './RichTextDiffView'

// Both positions are given, so the two FAQs of a swap read as two moves that mirror each other.
function state(change: FaqChange): string {
  if (change.kind !== 'kept') return change.kind

  const move = `moved from position ${change.oldIndex + 1} to ${change.newIndex + 1}`
  if (change.moved && change.edited) return `${move} and edited`
  if (change.moved) return move
  return change.edited ? 'edited' : 'unchanged'
}

/** Draws the FAQ list diff: each FAQ's state, and word diffs of edited questions and answers. */
export function FaqDiffView({ items, layout }: { items: FaqChange[]; layout: DiffLayout }) {
  return (
    <ol className="diff-faqs">
      {items.map((change) => {
        const faq = change.kind === 'removed' ? change.old : change.new
        // An added or removed FAQ is drawn as a diff against nothing, so its text is marked.
        const answer =
          change.kind === 'added'
            ? diffRichText(emptyDoc(), change.new.answer)
            : change.kind === 'removed'
              ? diffRichText(change.old.answer, emptyDoc())
              : (change.answer ?? diffRichText(change.old.answer, change.new.answer))
        const question =
          change.kind === 'kept' && change.question !== undefined ? (
            <InlineChanges changes={change.question} side="both" />
          ) : (
            faq.question
          )

        return (
          <li key={faq.id} className={`diff-faq faq-${change.kind}`} data-faq-id={faq.id}>
            <div className="diff-faq-head">
              <span className="diff-item-state">{state(change)}</span>
              <strong className="diff-faq-question">{question}</strong>
            </div>
            <RichTextDiffView diff={answer} layout={layout} />
          </li>
        )
      })}
    </ol>
  )
}
