import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'

import { Icon, type IconName } from './Icon'

interface ToolbarButton {
  label: string
  shortcut: string
  icon: IconName
  active: (editor: Editor) => boolean
  run: (editor: Editor) => void
}

const BUTTONS: readonly ToolbarButton[] = [
  {
    label: 'Bold',
    shortcut: 'Ctrl+B',
    icon: 'bold',
    active: (editor) => editor.isActive('bold'),
    run: (editor) => editor.chain().focus().toggleBold().run(),
  },
  {
    label: 'Italic',
    shortcut: 'Ctrl+I',
    icon: 'italic',
    active: (editor) => editor.isActive('italic'),
    run: (editor) => editor.chain().focus().toggleItalic().run(),
  },
  {
    label: 'Bullet list',
    shortcut: 'Ctrl+Shift+8',
    icon: 'bulletList',
    active: (editor) => editor.isActive('bulletList'),
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
  },
  {
    label: 'Numbered list',
    shortcut: 'Ctrl+Shift+7',
    icon: 'orderedList',
    active: (editor) => editor.isActive('orderedList'),
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
  },
]

interface EditorToolbarProps {
  editor: Editor
  label: string
  linkOpen: boolean
  onLinkClick: () => void
}

/** Shows the formatting buttons of one rich-text field, each pressed when it applies at the cursor. */
export function EditorToolbar({ editor, label, linkOpen, onLinkClick }: EditorToolbarProps) {
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      marks: BUTTONS.map((button) => button.active(current)),
      link: current.isActive('link'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  })

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={`${label} formatting`}>
      {BUTTONS.map((button, index) => (
        <button
          key={button.label}
          type="button"
          className="tool-button"
          aria-label={button.label}
          title={`${button.label} (${button.shortcut})`}
          aria-pressed={active.marks[index] === true}
          disabled={!editor.isEditable}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => button.run(editor)}
        >
          <Icon name={button.icon} />
        </button>
      ))}
      <button
        type="button"
        className="tool-button"
        aria-label="Link"
        title="Link (Ctrl+K)"
        aria-pressed={active.link}
        aria-expanded={linkOpen}
        disabled={!editor.isEditable}
        onMouseDown={(event) => event.preventDefault()}
        onClick={onLinkClick}
      >
        <Icon name="link" />
      </button>
      <span className="toolbar-separator" />
      <button
        type="button"
        className="tool-button"
        aria-label="Undo"
        title="Undo (Ctrl+Z)"
        disabled={!active.canUndo}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.chain().focus().undo().run()}
      >
        <Icon name="undo" />
      </button>
      <button
        type="button"
        className="tool-button"
        aria-label="Redo"
        title="Redo (Ctrl+Shift+Z)"
        disabled={!active.canRedo}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => editor.chain().focus().redo().run()}
      >
        <Icon name="redo" />
      </button>
    </div>
  )
}
