import type { Entry } from '../../../shared/model/entry'
import type { RichTextDoc } from '../../../shared/model/richText'
import { findCategory } from '../../../shared/page'
import { useWorkspace } from '../app/WorkspaceContext'
import { FieldProblems } from '../problems/FieldProblems'
import { CategoryTextPanel } from './CategoryTextPanel'
import { FaqList } from './FaqList'
import { RichTextField } from './RichTextField'
import { RvuPanel } from './RvuPanel'
import { SpecialtyPicker } from './SpecialtyPicker'
import { SynonymChips } from './SynonymChips'

interface EntryFieldsProps {
  entry: Entry
  editable: boolean
  update: (edit: (entry: Entry) => Entry) => void
}

type RichTextKey = 'summary' | 'plainLanguage' | 'clinicalContext'

const RICH_TEXT_SECTIONS: ReadonlyArray<{ key: RichTextKey; label: string; hint: string }> = [
  { key: 'summary', label: 'Summary', hint: 'One or two sentences: what the code documents' },
  {
    key: 'plainLanguage',
    label: 'In plain language',
    hint: 'For patients, at a reading grade of 8 or below',
  },
  {
    key: 'clinicalContext',
    label: 'Clinical context',
    hint: 'When and how clinicians use the code',
  },
]

/** Every editable field of an entry, in the order of the public page. */
export function EntryFields({ entry, editable, update }: EntryFieldsProps) {
  const { taxonomy, info } = useWorkspace()
  const titleMax = info.workspace.validation.titleMaxLength
  const categories = taxonomy.categories.filter(
    (category) => category.codeSystem === entry.codeSystem,
  )
  const category = findCategory(entry, taxonomy)
  const setRichText = (key: RichTextKey) => (doc: RichTextDoc) =>
    update((current) => ({ ...current, [key]: doc }))

  return (
    <div className="entry-fields">
      <div className="field-row">
        <div className="field field-grow" data-field="title">
          <div className="field-heading">
            <label className="field-label" htmlFor="entry-title">
              Short title
            </label>
            <span className="field-hint">CMS short descriptor, at most {titleMax} characters</span>
          </div>
          <FieldProblems field="title" />
          <input
            id="entry-title"
            className="text-input"
            value={entry.title}
            maxLength={200}
            readOnly={!editable}
            aria-describedby="title-counts"
            onChange={(event) => {
              const title = event.target.value
              update((current) => ({ ...current, title }))
            }}
          />
          <span
            id="title-counts"
            className={entry.title.length > titleMax ? 'field-counts over-limit' : 'field-counts'}
          >
            {entry.title.length} of {titleMax} characters
          </span>
        </div>
        <div className="field" data-field="category">
          <div className="field-heading">
            <label className="field-label" htmlFor="entry-category">
              Category
            </label>
          </div>
          <FieldProblems field="category" />
          <select
            id="entry-category"
            value={entry.category}
            disabled={!editable}
            onChange={(event) => {
              const id = event.target.value
              update((current) => ({ ...current, category: id }))
            }}
          >
            <option value="">No category</option>
            {categories.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <SynonymChips
        synonyms={entry.synonyms}
        editable={editable}
        onChange={(synonyms) => update((current) => ({ ...current, synonyms }))}
      />
      {RICH_TEXT_SECTIONS.map((section) => (
        <RichTextField
          key={section.key}
          field={section.key}
          label={section.label}
          hint={section.hint}
          value={entry[section.key]}
          editable={editable}
          onChange={setRichText(section.key)}
        />
      ))}
      <RvuPanel code={entry.code} rvu={entry.rvu} />
      <CategoryTextPanel category={category} editable={editable} />
      <SpecialtyPicker
        selected={entry.specialties}
        specialties={taxonomy.specialties}
        editable={editable}
        onChange={(specialties) => update((current) => ({ ...current, specialties }))}
      />
      <section className="field" aria-labelledby="faq-heading">
        <div className="field-heading">
          <h3 id="faq-heading" className="field-label">
            Frequently asked questions
          </h3>
          <span className="field-hint">Written by hand; the preview adds the generated ones</span>
        </div>
        <FaqList
          faqs={entry.faqs}
          editable={editable}
          onEdit={(edit) => update((current) => ({ ...current, faqs: edit(current.faqs) }))}
        />
      </section>
    </div>
  )
}
