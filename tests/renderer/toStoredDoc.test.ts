// @vitest-environment happy-dom
import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'

import { createRichTextExtensions } from '../../src/renderer/src/editor/richTextExtensions'
import { toStoredDoc } from '../../src/renderer/src/editor/toStoredDoc'
import { emptyDoc, richTextDocSchema } from '../../src/shared/model/richText'

let editor: Editor | null = null

afterEach(() => {
  editor?.destroy()
  editor = null
})

describe('toStoredDoc', () => {
  it('stores an empty editor as an empty doc', () => {
    editor = new Editor({ extensions: createRichTextExtensions(), content: emptyDoc() })

    expect(toStoredDoc(editor.getJSON())).toEqual(emptyDoc())
  })

  it('stores text cleared by the writer as an empty doc', () => {
    editor = new Editor({
      extensions: createRichTextExtensions(),
      content: '<p>Some text</p>',
    })
    editor.commands.clearContent()

    expect(toStoredDoc(editor.getJSON())).toEqual(emptyDoc())
  })

  it('keeps written content as the schema expects', () => {
    editor = new Editor({
      extensions: createRichTextExtensions(),
      content: '<p>One</p><ul><li><p>Two</p></li></ul>',
    })
    const stored = toStoredDoc(editor.getJSON())

    expect(richTextDocSchema.safeParse(stored).success).toBe(true)
    expect(stored.content.map((node) => node.type)).toEqual(['paragraph', 'bulletList'])
  })
})
