import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'

import { isAllowedLinkHref } from './linkHref'

/**
 * Creates the Tiptap extensions of every rich-text field. They define exactly the nodes (doc,
 * paragraph, text, hardBreak, bulletList, orderedList, listItem) and marks (bold, italic, link)
 * of the stored rich-text model. The rest adds behaviour without a node or mark: undo history,
 * list keys and the drop cursor. The editors, the paste cleaner and the schema tests all use this
 * list, so content the site cannot render never enters an editor.
 */
export function createRichTextExtensions(): Extensions {
  return [
    StarterKit.configure({
      blockquote: false,
      code: false,
      codeBlock: false,
      heading: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      gapcursor: false,
      trailingNode: false,
      link: {
        autolink: true,
        linkOnPaste: true,
        openOnClick: false,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        isAllowedUri: (url) => isAllowedLinkHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
  ]
}
