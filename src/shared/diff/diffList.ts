import { diffArrays } from 'diff'

/**
 * One item of a list diff, in display order. `added` and `removed` items are on one side only.
 * A `kept` item is on both sides and may have `moved` (see `diffList` for which changed places count
 * as moves) or been `edited` (same identity, different content), or both.
 */
export type ListItemChange<T> =
  | { kind: 'added'; new: T; newIndex: number }
  | { kind: 'removed'; old: T; oldIndex: number }
  | {
      kind: 'kept'
      old: T
      new: T
      oldIndex: number
      newIndex: number
      moved: boolean
      edited: boolean
    }

export interface ListDiffOptions<T> {
  /** The identity of an item: items with the same key are the same item, edited or not. */
  key: (item: T) => string
  /** Whether two items with the same key have the same content. */
  equals: (a: T, b: T) => boolean
}

// Numbers repeated keys (`a`, `a#2`), so a list with duplicates still diffs item by item.
function uniqueKeys<T>(items: readonly T[], key: (item: T) => string): string[] {
  const seen = new Map<string, number>()

  return items.map((item) => {
    const base = key(item)
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base}#${count}`
  })
}

/**
 * Returns the keys of kept items that only exchanged places in pairs, or null when the new order
 * is something else. Positions count kept items only, so added and removed items do not hide a
 * swap. In `[a, b, c]` to `[c, b, a]`, a and c exchanged places and b kept its place.
 */
function swappedKeys(oldKeys: readonly string[], newKeys: readonly string[]): Set<string> | null {
  const newKeySet = new Set(newKeys)
  const oldKeySet = new Set(oldKeys)
  const keptOld = oldKeys.filter((key) => newKeySet.has(key))
  const keptNew = newKeys.filter((key) => oldKeySet.has(key))
  const oldRank = new Map(keptOld.map((key, rank) => [key, rank]))
  const swapped = new Set<string>()

  for (const [rank, key] of keptNew.entries()) {
    const was = oldRank.get(key)!
    if (was === rank) continue
    // The item now at `rank` came from `was`, so the item that was at `rank` must now be at `was`.
    if (keptNew[was] !== keptOld[rank]) return null
    swapped.add(key)
  }

  return swapped
}

/**
 * Diffs two lists by item identity. Items kept in the same relative order are unchanged or
 * edited, and the fewest kept items needed to explain the new order are reported as moved.
 * When kept items only exchanged places in pairs, every item of each pair is reported as moved
 * instead. The fewest-moves rule would report a swap of the first two items as one moved item and
 * one unchanged item, although both are in new places.
 * Display order follows the new list, with each removed item where it was in the old one.
 */
export function diffList<T>(
  oldItems: readonly T[],
  newItems: readonly T[],
  options: ListDiffOptions<T>,
): ListItemChange<T>[] {
  const oldKeys = uniqueKeys(oldItems, options.key)
  const newKeys = uniqueKeys(newItems, options.key)
  const oldIndexOf = new Map(oldKeys.map((key, index) => [key, index]))
  const newIndexOf = new Map(newKeys.map((key, index) => [key, index]))
  const swapped = swappedKeys(oldKeys, newKeys)

  const changes: ListItemChange<T>[] = []
  const kept = (key: string, moved: boolean): ListItemChange<T> => {
    const oldIndex = oldIndexOf.get(key)!
    const newIndex = newIndexOf.get(key)!
    const before = oldItems[oldIndex] as T
    const after = newItems[newIndex] as T
    const edited = !options.equals(before, after)

    return {
      kind: 'kept',
      old: before,
      new: after,
      oldIndex,
      newIndex,
      moved: swapped === null ? moved : swapped.has(key),
      edited,
    }
  }

  for (const part of diffArrays(oldKeys, newKeys)) {
    for (const key of part.value) {
      if (!part.added && !part.removed) {
        changes.push(kept(key, false))
      } else if (part.added) {
        changes.push(
          oldIndexOf.has(key)
            ? kept(key, true)
            : {
                kind: 'added',
                new: newItems[newIndexOf.get(key)!] as T,
                newIndex: newIndexOf.get(key)!,
              },
        )
      } else if (!newIndexOf.has(key)) {
        changes.push({
          kind: 'removed',
          old: oldItems[oldIndexOf.get(key)!] as T,
          oldIndex: oldIndexOf.get(key)!,
        })
      }
    }
  }

  return changes
}

/** Returns whether a list diff has anything but unchanged items. */
export function listChanged<T>(changes: readonly ListItemChange<T>[]): boolean {
  return changes.some((change) => change.kind !== 'kept' || change.moved || change.edited)
}
