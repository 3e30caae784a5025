import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

import { type SpellChecker, WORD_PATTERN } from './SpellChecker'

export const spellcheckKey = new PluginKey<DecorationSet>('spellcheck')

function decorate(doc: ProseMirrorNode, checker: SpellChecker): DecorationSet {
  const decorations: Decoration[] = []

  doc.descendants((node, position) => {
    if (!node.isText || node.text === undefined) return
    if (node.marks.some((mark) => mark.type.name === 'link')) return

    for (const match of node.text.matchAll(WORD_PATTERN)) {
      if (checker.isMisspelled(match[0]) !== true) continue
      const from = position + match.index
      decorations.push(
        Decoration.inline(
          from,
          from + match[0].length,
          { class: 'misspelled' },
          { word: match[0] },
        ),
      )
    }
  })

  return DecorationSet.create(doc, decorations)
}

/** The misspelled word around the cursor, with its document range, or null. */
export function misspelledWordAt(
  state: EditorState,
): { word: string; from: number; to: number } | null {
  const { selection } = state
  if (!selection.empty) return null

  const found = spellcheckKey
    .getState(state)
    ?.find(selection.from, selection.from)
    .find((decoration) => decoration.from <= selection.from && selection.from <= decoration.to)
  if (found === undefined) return null

  return { word: (found.spec as { word: string }).word, from: found.from, to: found.to }
}

/**
 * Creates the plugin that underlines misspelled words with a `misspelled` class. Decorations are
 * recomputed when the text changes and when the checker reports new results, which arrive from
 * its worker a moment later. Editors register it once the checker has started.
 */
export function createSpellcheckPlugin(checker: SpellChecker): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: spellcheckKey,
    state: {
      init: (_config, state) => decorate(state.doc, checker),
      apply: (transaction, previous) =>
        transaction.docChanged || transaction.getMeta(spellcheckKey) === true
          ? decorate(transaction.doc, checker)
          : previous.map(transaction.mapping, transaction.doc),
    },
    props: {
      decorations: (state) => spellcheckKey.getState(state),
    },
    view: (view) => {
      const unsubscribe = checker.subscribe(() => {
        if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(spellcheckKey, true))
      })
      return { destroy: unsubscribe }
    },
  })
}
