import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { Entry } from '../../src/shared/model/entry'
import { docFromParagraphs } from '../../src/shared/model/richText'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'
import { testTaxonomy } from '../validation/validationHarness'

export interface ContentFixture {
  path: string
  remove: () => Promise<void>
}

/** Writes a content folder with the test taxonomy, `entries` and extra raw files. */
export async function writeContentFolder(
  entries: Entry[],
  files: Record<string, string> = {},
): Promise<ContentFixture> {
  const temp = await makeTempFolder('codedesk-validate-')
  await mkdir(join(temp.path, 'entries'))
  await writeFile(join(temp.path, 'taxonomy.json'), JSON.stringify(testTaxonomy(), null, 2))
  for (const entry of entries) {
    await writeFile(
      join(temp.path, 'entries', `${entry.code}.json`),
      `${JSON.stringify(entry, null, 2)}\n`,
    )
  }
  for (const [name, text] of Object.entries(files)) await writeFile(join(temp.path, name), text)

  return temp
}

/** Two HCPCS Level II entries without any problem. */
export function cleanEntries(): Entry[] {
  return [
    makeEntry('M1440', { synonyms: ['video visit'] }),
    makeEntry('G2012', { category: 'hcpcs-g', synonyms: ['brief check-in'] }),
  ]
}

/** Entries with one error ("This CPT code" in an HCPCS entry) and one warning (shared synonym). */
export function problemEntries(): Entry[] {
  const [m1440, g2012] = cleanEntries() as [Entry, Entry]

  return [
    {
      ...m1440,
      faqs: [
        ...m1440.faqs,
        {
          id: 'faq-three',
          question: 'How is it reported?',
          answer: docFromParagraphs(['This CPT code goes on the claim.']),
        },
      ],
    },
    { ...g2012, synonyms: ['Video visit'] },
  ]
}
