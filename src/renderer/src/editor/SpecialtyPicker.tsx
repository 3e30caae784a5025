import type { Specialty } from '../../../shared/model/taxonomy'
import { FieldProblems } from '../problems/FieldProblems'
import { Icon } from './Icon'

interface SpecialtyPickerProps {
  selected: readonly string[]
  specialties: readonly Specialty[]
  editable: boolean
  onChange: (ids: string[]) => void
}

/** The entry's specialties, picked from the taxonomy's controlled list. */
export function SpecialtyPicker({
  selected,
  specialties,
  editable,
  onChange,
}: SpecialtyPickerProps) {
  const labelOf = (id: string) => specialties.find((specialty) => specialty.id === id)?.label ?? id
  const available = specialties.filter((specialty) => !selected.includes(specialty.id))

  return (
    <div className="field" data-field="specialties">
      <div className="field-heading">
        <label className="field-label" htmlFor="specialty-select">
          Specialties
        </label>
      </div>
      <FieldProblems field="specialties" />
      <ul className="chips" aria-label="Specialties">
        {selected.map((id) => (
          <li key={id} className="chip">
            <span>{labelOf(id)}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove specialty ${labelOf(id)}`}
              disabled={!editable}
              onClick={() => onChange(selected.filter((candidate) => candidate !== id))}
            >
              <Icon name="close" />
            </button>
          </li>
        ))}
        <li className="chip-input">
          <select
            id="specialty-select"
            value=""
            disabled={!editable || available.length === 0}
            onChange={(event) => {
              if (event.target.value !== '') onChange([...selected, event.target.value])
            }}
          >
            <option value="">Add a specialty…</option>
            {available.map((specialty) => (
              <option key={specialty.id} value={specialty.id}>
                {specialty.label}
              </option>
            ))}
          </select>
        </li>
      </ul>
    </div>
  )
}
