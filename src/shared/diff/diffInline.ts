import { diffArrays } from 'diff'

import type { InlineToken } from './flattenRichText'

/**
 * One run of a word-level diff. `format` is text present on both sides whose marks changed, such
 * as a word made bold: `marks` are the new marks and `oldMarks` the old ones.
 */
export type InlineChange =
  | { kind: 'equal' | 'insert' | 'delete'; text: string; marks: string[] }
  | { kind: 'format'; text: string; marks: string[]; oldMarks: string[] }

function sameMarks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((mark, index) => mark === b[index])
}

function sameToken(a: InlineToken, b: InlineToken): boolean {
  return a.text === b.text && sameMarks(a.marks, b.marks)
}

function tokenChange(kind: 'equal' | 'insert' | 'delete', token: InlineToken): InlineChange {
  return { kind, text: token.text, marks: token.marks }
}

// Within a replaced run, text that is on both sides is a formatting change, the rest is deleted
// or inserted.
function diffReplacedRun(removed: InlineToken[], added: InlineToken[]): InlineChange[] {
  const changes: InlineChange[] = []
  let oldIndex = 0
  let newIndex = 0

  for (const part of diffArrays(removed, added, { comparator: (a, b) => a.text === b.text })) {
    for (let offset = 0; offset < part.count; offset++) {
      if (part.removed) {
        changes.push(tokenChange('delete', removed[oldIndex++] as InlineToken))
      } else if (part.added) {
        changes.push(tokenChange('insert', added[newIndex++] as InlineToken))
      } else {
        const before = removed[oldIndex++] as InlineToken
        const after = added[newIndex++] as InlineToken
        changes.push({
          kind: 'format',
          text: after.text,
          marks: after.marks,
          oldMarks: before.marks,
        })
      }
    }
  }

  return changes
}

function isEdit(change: InlineChange | undefined): boolean {
  return change?.kind === 'delete' || change?.kind === 'insert'
}

// A space kept between two edits splits one replacement into several ("[-reports-][+may+]
// [+report+]"), so it becomes part of the edit on both sides.
function absorbLoneSpaces(changes: readonly InlineChange[]): InlineChange[] {
  return changes.flatMap((change, index): InlineChange[] => {
    const lone =
      change.kind === 'equal' &&
      /^\s+$/.test(change.text) &&
      isEdit(changes[index - 1]) &&
      isEdit(changes[index + 1])

    return lone
      ? [
          { ...change, kind: 'delete' },
          { ...change, kind: 'insert' },
        ]
      : [change]
  })
}

// Puts every deletion of a run of edits before its insertions, so the run reads as old text
// replaced by new text.
function groupReplacements(changes: readonly InlineChange[]): InlineChange[] {
  const grouped: InlineChange[] = []
  let deletions: InlineChange[] = []
  let insertions: InlineChange[] = []
  const flush = () => {
    grouped.push(...deletions, ...insertions)
    deletions = []
    insertions = []
  }

  for (const change of changes) {
    if (change.kind === 'delete') {
      deletions.push(change)
    } else if (change.kind === 'insert') {
      insertions.push(change)
    } else {
      flush()
      grouped.push(change)
    }
  }
  flush()

  return grouped
}

function canMerge(a: InlineChange, b: InlineChange): boolean {
  if (a.kind !== b.kind || !sameMarks(a.marks, b.marks)) return false
  return a.kind !== 'format' || (b.kind === 'format' && sameMarks(a.oldMarks, b.oldMarks))
}

function mergeRuns(changes: readonly InlineChange[]): InlineChange[] {
  const merged: InlineChange[] = []

  for (const change of changes) {
    const last = merged.at(-1)
    if (last !== undefined && canMerge(last, change)) last.text += change.text
    else merged.push({ ...change })
  }

  return merged
}

/**
 * Diffs two token sequences word by word. Marks count: a word that became bold or whose link
 * changed is a `format` change, not a deletion and an insertion.
 */
export function diffInline(oldTokens: InlineToken[], newTokens: InlineToken[]): InlineChange[] {
  const changes: InlineChange[] = []
  const parts = diffArrays(oldTokens, newTokens, { comparator: sameToken })
  let oldIndex = 0
  let newIndex = 0

  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!

    if (!part.added && !part.removed) {
      for (const token of newTokens.slice(newIndex, newIndex + part.count)) {
        changes.push(tokenChange('equal', token))
      }
      oldIndex += part.count
      newIndex += part.count
      continue
    }

    // jsdiff reports a replacement as a removal followed by an addition.
    const removed = part.removed ? oldTokens.slice(oldIndex, oldIndex + part.count) : []
    if (part.removed) oldIndex += part.count
    const next = part.removed ? parts[index + 1] : part
    const added =
      next?.added === true
        ? newTokens.slice(newIndex, newIndex + next.count)
        : ([] as InlineToken[])
    if (next?.added === true) {
      newIndex += next.count
      if (next !== part) index++
    }

    changes.push(...diffReplacedRun(removed, added))
  }

  return mergeRuns(groupReplacements(absorbLoneSpaces(changes)))
}
