/**
 * The place beside each editable field where that field's validation problems are shown. `field`
 * is the problem path, the same as the field element's `data-field`. It renders nothing yet.
 */
export function FieldProblems(_props: { field: string }) {
  return null
}
