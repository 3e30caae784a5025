import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import { memo, useEffect, useId, useRef, useState } from 'react'

import type { RichTextDoc } from '../../../shared/model/richText'
import { FieldProblems } from '../problems/FieldProblems'
import { createSpellcheckPlugin, spellcheckKey } from '../spelling/createSpellcheckPlugin'
import { useSpellChecker } from '../spelling/SpellCheckerContext'
import { SpellingBar } from '../spelling/SpellingBar'
import { cleanPastedHtml } from './cleanPastedHtml'
import { EditorToolbar } from './EditorToolbar'
import { LinkForm } from './LinkForm'
import { createRichTextExtensions } from './richTextExtensions'
import { countText, formatCounts } from './textCounts'
import { toStoredDoc } from './toStoredDoc'

interface RichTextFieldProps {
  /** The problem path of the field, such as `summary` or `faqs[2].answer`. */
  field: string
  label: string
  hint?: string
  value: RichTextDoc
  editable: boolean
  onChange: (doc: RichTextDoc) => void
}

/**
 * Renders one rich-text field with its toolbar, Tiptap editor, word and character counts and
 * spelling help. `value` is read once, when the field mounts. After that the editor owns its text
 * and reports each change, so a save that comes back never resets what is being typed.
 */
function RichTextFieldView({ field, label, hint, value, editable, onChange }: RichTextFieldProps) {
  const id = useId()
  const checker = useSpellChecker()
  const [linkOpen, setLinkOpen] = useState(false)
  const onChangeRef = useRef(onChange)

  useEffect(() => {
    onChangeRef.current = onChange
  }, [onChange])

  const editor = useEditor({
    extensions: createRichTextExtensions(),
    content: value,
    editable,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: {
        'aria-labelledby': `${id}-label`,
        'aria-describedby': `${id}-counts`,
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'false',
        class: 'rich-text-input',
      },
      transformPastedHTML: (html) => cleanPastedHtml(html),
      handleKeyDown: (_view, event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault()
          setLinkOpen(true)
          return true
        }
        return false
      },
    },
    onUpdate: ({ editor: current }) => onChangeRef.current(toStoredDoc(current.getJSON())),
  })

  useEffect(() => {
    editor.setEditable(editable)
  }, [editor, editable])

  useEffect(() => {
    if (checker === null || editor.isDestroyed) return
    editor.registerPlugin(createSpellcheckPlugin(checker))

    return () => {
      if (!editor.isDestroyed) editor.unregisterPlugin(spellcheckKey)
    }
  }, [editor, checker])

  const counts = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      formatCounts(countText(current.getText({ blockSeparator: '\n' }))),
  })

  const closeLink = () => {
    setLinkOpen(false)
    editor.commands.focus()
  }

  return (
    <div className="field rich-text-field" data-field={field}>
      <div className="field-heading">
        <span id={`${id}-label`} className="field-label">
          {label}
        </span>
        {hint !== undefined && <span className="field-hint">{hint}</span>}
      </div>
      <FieldProblems field={field} />
      <div className="rich-text-frame">
        <EditorToolbar
          editor={editor}
          label={label}
          linkOpen={linkOpen}
          onLinkClick={() => setLinkOpen((open) => !open)}
        />
        {linkOpen && (
          <LinkForm
            initialHref={String(editor.getAttributes('link').href ?? '')}
            onApply={(href) => {
              const chain = editor.chain().focus()
              // With nothing selected, the address itself becomes the link text.
              if (editor.state.selection.empty && !editor.isActive('link')) {
                chain.insertContent({
                  type: 'text',
                  text: href,
                  marks: [{ type: 'link', attrs: { href } }],
                })
              } else {
                chain.extendMarkRange('link').setLink({ href })
              }
              chain.run()
              setLinkOpen(false)
            }}
            onRemove={() => {
              editor.chain().focus().extendMarkRange('link').unsetLink().run()
              setLinkOpen(false)
            }}
            onClose={closeLink}
          />
        )}
        <EditorContent editor={editor} />
      </div>
      {checker !== null && <SpellingBar editor={editor} checker={checker} />}
      <div id={`${id}-counts`} className="field-counts">
        {counts}
      </div>
    </div>
  )
}

// `onChange` is read through a ref, so a new function alone needs no render. Skipping it keeps
// a keystroke in one field from re-rendering, and reconfiguring, every other editor.
function sameFieldProps(previous: RichTextFieldProps, next: RichTextFieldProps): boolean {
  return (
    previous.field === next.field &&
    previous.label === next.label &&
    previous.hint === next.hint &&
    previous.value === next.value &&
    previous.editable === next.editable
  )
}

export const RichTextField = memo(RichTextFieldView, sameFieldProps)
