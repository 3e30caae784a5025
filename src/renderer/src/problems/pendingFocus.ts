/**
 * A field to focus once another entry has opened, set when a folder problem of that entry is
 * clicked. The entry's problems panel takes it when it mounts.
 */
let pending: { code: string; field: string } | null = null

export function setPendingFocus(code: string, field: string): void {
  pending = { code, field }
}

/** Returns and clears the field waiting for `code`, or null when none is. */
export function takePendingFocus(code: string): string | null {
  if (pending?.code !== code) return null

  const { field } = pending
  pending = null
  return field
}
