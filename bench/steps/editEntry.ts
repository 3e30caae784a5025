import type { Entry } from '../../src/shared/model/entry'
import type { RichTextNode } from '../../src/shared/model/richText'

/** A writer's small edit: one sentence added at the end of the clinical context. */
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
