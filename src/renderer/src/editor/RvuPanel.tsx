import type { RvuData, RvuValues } from '../../../shared/model/rvu'
import { formatRvu, rvuStatement } from '../../../shared/page'
import { FieldProblems } from '../problems/FieldProblems'

const ROWS: ReadonlyArray<{ label: string; value: (values: RvuValues) => string }> = [
  { label: 'Status', value: (values) => values.statusCode || '—' },
  { label: 'Work', value: (values) => formatRvu(values.work) },
  {
    label: 'Non-facility PE',
    value: (values) => (values.nonFacilityPeNa ? 'NA' : formatRvu(values.nonFacilityPe)),
  },
  {
    label: 'Facility PE',
    value: (values) => (values.facilityPeNa ? 'NA' : formatRvu(values.facilityPe)),
  },
  { label: 'Malpractice', value: (values) => formatRvu(values.malpractice) },
  { label: 'Non-facility total', value: (values) => formatRvu(values.nonFacilityTotal) },
  { label: 'Facility total', value: (values) => formatRvu(values.facilityTotal) },
  { label: 'Global days', value: (values) => values.globalDays || '—' },
]

/** The entry's imported fee-schedule data, read-only, with the CMS release it came from. */
export function RvuPanel({ code, rvu }: { code: string; rvu: RvuData | null }) {
  const columns: Array<[string, RvuValues]> = []
  if (rvu !== null) {
    columns.push(['Global', rvu.global])
    if (rvu.professional !== null) columns.push(['Professional (26)', rvu.professional])
    if (rvu.technical !== null) columns.push(['Technical (TC)', rvu.technical])
  }

  return (
    <section
      className="field read-only-panel"
      data-field="rvu"
      tabIndex={-1}
      aria-labelledby="rvu-heading"
    >
      <div className="field-heading">
        <h3 id="rvu-heading" className="field-label">
          RVU information
        </h3>
        <span className="field-hint">
          {rvu === null
            ? 'No RVU data imported'
            : `CMS release ${rvu.release}, imported, not editable`}
        </span>
      </div>
      <FieldProblems field="rvu" />
      {rvu === null ? (
        <p className="muted">
          Import a CMS fee-schedule file in Publish to add RVU values; they are never typed by hand.
        </p>
      ) : (
        <>
          <p className="rvu-statement">{rvuStatement(code, rvu)}</p>
          <table className="rvu-table">
            <thead>
              <tr>
                <th scope="col">Value</th>
                {columns.map(([label]) => (
                  <th key={label} scope="col">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.label}>
                  <th scope="row">{row.label}</th>
                  {columns.map(([label, values]) => (
                    <td key={label}>{row.value(values)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            Source file {rvu.sourceFile}, imported {rvu.importedAt.slice(0, 10)}.
          </p>
        </>
      )}
    </section>
  )
}
