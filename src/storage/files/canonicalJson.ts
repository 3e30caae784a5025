/**
 * Serializes data the way every content file is written: 2-space indent, LF line ends and a final
 * newline. Key order is the caller's, so callers pass values already parsed by a zod schema, which
 * emits keys in schema order.
 */
export function stringifyCanonical(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
