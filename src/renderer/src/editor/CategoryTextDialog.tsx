import { useState } from 'react'

import type { RichTextDoc } from '../../../shared/model/richText'
import type { Category } from '../../../shared/model/taxonomy'
import { api } from '../api/client'
import { useWorkspace } from '../app/WorkspaceContext'
import { RichTextField } from './RichTextField'

/** Edits a category's shared billing and documentation text and saves it to the taxonomy. */
export function CategoryTextDialog({
  category,
  onClose,
}: {
  category: Category
  onClose: () => void
}) {
  const { taxonomy, setTaxonomy } = useWorkspace()
  const [billing, setBilling] = useState<RichTextDoc>(category.billing)
  const [documentation, setDocumentation] = useState<RichTextDoc>(category.documentation)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    setSaving(true)
    const next = {
      ...taxonomy,
      categories: taxonomy.categories.map((candidate) =>
        candidate.id === category.id ? { ...candidate, billing, documentation } : candidate,
      ),
    }
    const result = await api.saveTaxonomy({ taxonomy: next })
    setSaving(false)
    if (!result.ok) {
      setError(`Category text not saved: ${result.error.message}`)
      return
    }

    setTaxonomy(result.value)
    onClose()
  }

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog dialog-wide"
        role="dialog"
        aria-modal="true"
        aria-labelledby="category-dialog-title"
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <h2 id="category-dialog-title">{category.label}: billing &amp; documentation</h2>
        <p className="dialog-intro">
          This text appears on the page of every code in {category.label}.
        </p>
        <RichTextField
          field="category.billing"
          label="Billing"
          value={billing}
          editable
          onChange={setBilling}
        />
        <RichTextField
          field="category.documentation"
          label="Documentation"
          value={documentation}
          editable
          onChange={setDocumentation}
        />
        {error !== null && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
            {saving ? 'Saving…' : 'Save to taxonomy'}
          </button>
        </div>
      </div>
    </div>
  )
}
