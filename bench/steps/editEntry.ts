import type { Entry } from '../../src/shared/model/entry'
import type { RichTextNode } from '../../src/shared/model/richText'

/** Returns a writer's small edit of `entry`: one sentence added to the clinical context. */
export function editEntry(entry: Entry, sentence: string): Entry {
  const added: RichTextNode = { type: 'paragraph', content: [{ type: 'text', text: sentence }] }

  return {
    ...entry,
    clinicalContext: {
      ...entry.clinicalContext,
      content: [...entry.clinicalContext.content, added],
    },
  }
}
