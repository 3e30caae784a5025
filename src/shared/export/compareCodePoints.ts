/**
 * Orders strings by UTF-16 code units, the same on every machine. `localeCompare` depends on the
 * locale, and a bundle's file order must not.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a < b) return -1
  if (a > b) return 1

  return 0
}
