/** Returns a copy of `items` with the item at `from` moved to index `to`. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items]
  if (from < 0 || from >= next.length || to < 0 || to >= next.length) return next

  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved as T)

  return next
}
