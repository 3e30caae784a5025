import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

import type { CodeDocument } from '../../src/shared/export/bundleFormat'
import { escapeMarkdownText, markdownFrontMatter } from '../../src/shared/export/renderMarkdownPage'
import { docFromParagraphs } from '../../src/shared/model/richText'
import { exportBundle } from '../../src/storage/export/exportBundle'
import { makeTempFolder } from '../helpers/tempFolder'
import { approvedEntry, openFolderWith, readTree } from './bundleTestFolder'

const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

// Values that YAML reads as something other than the string unless they are quoted.
const trickySynonyms = [
  'no',
  'Yes',
  'on',
  'OFF',
  '0042',
  '007',
  '@home visit',
  '*starred',
  'ratio: 1:2',
  '# not a comment',
  'say "hi"',
  "it's",
  'line one\nline two',
  '- dash first',
  '[bracketed]',
  '{braced}',
  'null',
  '~',
  '1.5',
  '  leading spaces',
]

function splitFrontMatter(text: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)
  if (match === null) throw new Error(`No front matter in:\n${text.slice(0, 200)}`)

  return { yaml: match[1] ?? '', body: match[2] ?? '' }
}

async function exportMarkdown() {
  const base = approvedEntry('M1440')
  const entry = approvedEntry('M1440', {
    title: 'Telehealth: enc',
    synonyms: trickySynonyms,
    faqs: [
      ...base.faqs,
      {
        id: 'faq-colon',
        question: 'Is it #1: the *best*?',
        answer: docFromParagraphs(['Yes: it is.']),
      },
    ],
  })
  const opened = await openFolderWith([entry])
  const out = await makeTempFolder('codedesk-markdown-')
  cleanUps.push(opened.cleanUp, out.remove)
  const outDir = join(out.path, 'site')

  const summary = await exportBundle(opened.folder, { target: 'markdown', outDir })
  if (summary.blocked) throw new Error(JSON.stringify(summary.problems, null, 2))
  const jsonDir = join(out.path, 'json')
  await exportBundle(opened.folder, { target: 'json', outDir: jsonDir, markPublished: false })
  const document = JSON.parse(
    await readFile(join(jsonDir, 'codes', 'M1440.json'), 'utf8'),
  ) as CodeDocument

  return { outDir, document, text: await readFile(join(outDir, 'codes', 'M1440.md'), 'utf8') }
}

describe('markdown export target', () => {
  it('writes one Markdown file per code with a manifest', async () => {
    const { outDir } = await exportMarkdown()
    const files = await readTree(outDir)

    expect([...files.keys()]).toEqual(['codes/M1440.md', 'index.json', 'manifest.json'])
  })

  it('reads front matter back equal to the source', async () => {
    const { document, text } = await exportMarkdown()
    const { yaml } = splitFrontMatter(text)
    const expected = markdownFrontMatter(document)

    expect(parse(yaml)).toEqual(expected)
    expect(parse(yaml, { version: '1.1' })).toEqual(expected)
    expect((parse(yaml) as { synonyms: string[] }).synonyms).toEqual(trickySynonyms)
  })

  it('quotes every string value', async () => {
    const { text } = await exportMarkdown()
    const { yaml } = splitFrontMatter(text)

    expect(yaml).toContain('  - "no"')
    expect(yaml).toContain('  - "0042"')
    expect(yaml).toContain('  - "@home visit"')
    expect(yaml).toContain('  - "line one\\nline two"')
    expect(yaml).toContain('title: "Telehealth: enc"')
  })

  it('writes the sections in page order', async () => {
    const { text } = await exportMarkdown()
    const { body } = splitFrontMatter(text)
    const headings = body.split('\n').filter((line) => line.startsWith('#'))

    expect(headings).toEqual([
      '## In Plain Language',
      '## Clinical Context',
      '## Billing & Documentation',
      '## Specialties',
      '## Frequently Asked Questions',
      '### What is code M1440?',
      '### When is M1440 used?',
      '### Who reports it?',
      '### Is it paid?',
      '### Is it \\#1: the \\*best\\*?',
    ])
  })
})

describe('escapeMarkdownText', () => {
  it.each([
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['<b>&', '&lt;b&gt;&amp;'],
    ['- item', '\\- item'],
    ['12. item', '12\\. item'],
    ['two\nlines', 'two lines'],
    ['[link](x)', '\\[link\\](x)'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdownText(input)).toBe(expected)
  })
})
