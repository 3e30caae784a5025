import { useState } from 'react'

import type { Category } from '../../../shared/model/taxonomy'
import { richTextToHtml } from '../../../shared/page'
import { CategoryTextDialog } from './CategoryTextDialog'

interface CategoryTextPanelProps {
  category: Category | null
  editable: boolean
}

/**
 * The category's billing and documentation text, which every code of the category shares. It is
 * read-only here; "Edit category text" changes it in the taxonomy for all those codes.
 */
export function CategoryTextPanel({ category, editable }: CategoryTextPanelProps) {
  const [editing, setEditing] = useState(false)

  if (category === null) {
    return (
      <section className="read-only-panel">
        <h3 className="field-label">Billing &amp; documentation</h3>
        <p className="muted">
          Choose a category to see the billing and documentation text it shares.
        </p>
      </section>
    )
  }

  return (
    <section className="read-only-panel" aria-labelledby="category-text-heading">
      <div className="field-heading">
        <h3 id="category-text-heading" className="field-label">
          Billing &amp; documentation
        </h3>
        <span className="field-hint">Shared by every code in {category.label}</span>
        <button type="button" disabled={!editable} onClick={() => setEditing(true)}>
          Edit category text
        </button>
      </div>
      <h4 className="sub-label">Billing</h4>
      <div
        className="rendered-text"
        dangerouslySetInnerHTML={{ __html: richTextToHtml(category.billing) }}
      />
      <h4 className="sub-label">Documentation</h4>
      <div
        className="rendered-text"
        dangerouslySetInnerHTML={{ __html: richTextToHtml(category.documentation) }}
      />
      {editing && <CategoryTextDialog category={category} onClose={() => setEditing(false)} />}
    </section>
  )
}
