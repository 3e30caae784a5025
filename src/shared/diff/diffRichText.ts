import { diffArrays } from 'diff'

import type { RichTextDoc } from '../model/richText'
import { diffInline, type InlineChange } from './diffInline'
import { flattenRichText, type TextBlock } from './flattenRichText'

/**
 * One row of a rich-text diff. A block that moved appears twice: as `moved-away` where it was
 * and as `moved-here` where it is, with the same `moveId`. A `changed` block pairs an old block
 * with the new one it became, with a word-level diff of the two.
 */
export type BlockChange =
  | { kind: 'equal'; old: TextBlock; new: TextBlock }
  | { kind: 'insert'; new: TextBlock }
  | { kind: 'delete'; old: TextBlock }
  | { kind: 'moved-away'; old: TextBlock; moveId: number }
  | { kind: 'moved-here'; new: TextBlock; moveId: number }
  | { kind: 'changed'; old: TextBlock; new: TextBlock; inline: InlineChange[] }

export interface RichTextDiff {
  blocks: BlockChange[]
  changed: boolean
}

// Below this share of common words, an old and a new block are shown as a deletion and an
// insertion rather than as one edited block. The value is a judgment call, not a measured one.
const MIN_PAIR_SIMILARITY = 0.3

function words(block: TextBlock): string[] {
  return block.tokens.map((token) => token.text.toLowerCase()).filter((text) => /\S/.test(text))
}

/** Returns the share of words two blocks have in common, from 0 (none) to 1 (the same words). */
function similarity(a: TextBlock, b: TextBlock): number {
  const aWords = words(a)
  const bWords = words(b)
  if (aWords.length === 0 && bWords.length === 0) return 1

  const counts = new Map<string, number>()
  for (const word of aWords) counts.set(word, (counts.get(word) ?? 0) + 1)
  let common = 0
  for (const word of bWords) {
    const left = counts.get(word) ?? 0
    if (left > 0) {
      common++
      counts.set(word, left - 1)
    }
  }

  return (2 * common) / (aWords.length + bWords.length)
}

interface Hunk {
  removed: TextBlock[]
  added: TextBlock[]
}

type Step = { equal: [TextBlock, TextBlock] } | { hunk: Hunk }

function stepsOf(oldBlocks: TextBlock[], newBlocks: TextBlock[]): Step[] {
  const steps: Step[] = []
  let oldIndex = 0
  let newIndex = 0

  for (const part of diffArrays(oldBlocks, newBlocks, { comparator: (a, b) => a.key === b.key })) {
    if (!part.added && !part.removed) {
      for (let offset = 0; offset < part.count; offset++) {
        steps.push({ equal: [oldBlocks[oldIndex++]!, newBlocks[newIndex++]!] })
      }
      continue
    }

    // A removal and the addition after it form one hunk.
    const last = steps.at(-1)
    let hunk: Hunk
    if (last !== undefined && 'hunk' in last) {
      hunk = last.hunk
    } else {
      hunk = { removed: [], added: [] }
      steps.push({ hunk })
    }

    if (part.removed) {
      hunk.removed.push(...oldBlocks.slice(oldIndex, oldIndex + part.count))
      oldIndex += part.count
    } else {
      hunk.added.push(...newBlocks.slice(newIndex, newIndex + part.count))
      newIndex += part.count
    }
  }

  return steps
}

/**
 * Compares two rich-text documents block by block, then word by word inside blocks that were
 * edited. Identical blocks that changed places are reported as moves, and formatting counts as a
 * change.
 */
export function diffRichText(oldDoc: RichTextDoc, newDoc: RichTextDoc): RichTextDiff {
  const steps = stepsOf(flattenRichText(oldDoc), flattenRichText(newDoc))
  const hunks = steps.flatMap((step) => ('hunk' in step ? [step.hunk] : []))

  // Moves: a removed block whose exact twin was added in another place.
  const moveIds = new Map<TextBlock, number>()
  const addedBlocks = hunks.flatMap((hunk) => hunk.added)
  let nextMoveId = 0
  for (const removed of hunks.flatMap((hunk) => hunk.removed)) {
    const twin = addedBlocks.find((added) => added.key === removed.key && !moveIds.has(added))
    if (twin === undefined) continue

    moveIds.set(removed, nextMoveId)
    moveIds.set(twin, nextMoveId)
    nextMoveId++
  }

  const blocks: BlockChange[] = []
  for (const step of steps) {
    if ('equal' in step) {
      blocks.push({ kind: 'equal', old: step.equal[0], new: step.equal[1] })
      continue
    }
    blocks.push(...hunkChanges(step.hunk, moveIds))
  }

  return { blocks, changed: blocks.some((block) => block.kind !== 'equal') }
}

// Pairs the removed and added blocks of one hunk in order, where they share enough words to be
// one edited block. Moved blocks are left out of the pairing.
function hunkChanges(hunk: Hunk, moveIds: ReadonlyMap<TextBlock, number>): BlockChange[] {
  const partners = new Map<TextBlock, TextBlock>()
  let searchFrom = 0
  for (const removed of hunk.removed) {
    if (moveIds.has(removed)) continue
    for (let index = searchFrom; index < hunk.added.length; index++) {
      const added = hunk.added[index]!
      if (!moveIds.has(added) && similarity(removed, added) >= MIN_PAIR_SIMILARITY) {
        partners.set(removed, added)
        partners.set(added, removed)
        searchFrom = index + 1
        break
      }
    }
  }

  const changes: BlockChange[] = []
  for (const removed of hunk.removed) {
    const moveId = moveIds.get(removed)
    if (moveId !== undefined) changes.push({ kind: 'moved-away', old: removed, moveId })
    else if (!partners.has(removed)) changes.push({ kind: 'delete', old: removed })
  }
  for (const added of hunk.added) {
    const moveId = moveIds.get(added)
    const partner = partners.get(added)
    if (moveId !== undefined) {
      changes.push({ kind: 'moved-here', new: added, moveId })
    } else if (partner !== undefined) {
      changes.push({
        kind: 'changed',
        old: partner,
        new: added,
        inline: diffInline(partner.tokens, added.tokens),
      })
    } else {
      changes.push({ kind: 'insert', new: added })
    }
  }

  return changes
}
