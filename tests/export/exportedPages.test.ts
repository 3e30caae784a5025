import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { CodeDocument } from '../../src/shared/export/bundleFormat'
import type { RichTextDoc } from '../../src/shared/model/richText'
import { exportBundle } from '../../src/storage/export/exportBundle'
import { measurementRvu } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'
import { approvedEntry, openFolderWith } from './bundleTestFolder'

const cleanUps: Array<() => Promise<void>> = []

afterEach(async () => {
  for (const cleanUp of cleanUps.splice(0)) await cleanUp()
})

async function exportOne(entry: ReturnType<typeof approvedEntry>): Promise<CodeDocument> {
  const opened = await openFolderWith([entry])
  const out = await makeTempFolder('codedesk-pages-')
  cleanUps.push(opened.cleanUp, out.remove)

  const summary = await exportBundle(opened.folder, { target: 'json', outDir: out.path })
  if (summary.blocked) throw new Error(JSON.stringify(summary.problems, null, 2))

  return JSON.parse(
    await readFile(join(out.path, 'codes', `${entry.code}.json`), 'utf8'),
  ) as CodeDocument
}

function paragraphWithText(text: string): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
}

describe('exported code pages', () => {
  it('fill templated FAQs for an M code', async () => {
    const document = await exportOne(approvedEntry('M1440'))
    const whatIs = document.faqs.find((faq) => faq.id === 'template-what-is')

    expect(whatIs?.question).toBe('What is code M1440?')
    expect(whatIs?.answer.text).toMatch(
      /^M1440 is an HCPCS Level II code in the M Codes category\./,
    )
    expect(whatIs?.templated).toBe(true)
    expect(document.faqs.find((faq) => faq.id === 'template-when-used')?.question).toBe(
      'When is M1440 used?',
    )
  })

  it('fill templated FAQs for a CPT code', async () => {
    const document = await exportOne(
      approvedEntry('99213', { category: 'cpt-evaluation-management' }),
    )
    const whatIs = document.faqs.find((faq) => faq.id === 'template-what-is')

    expect(whatIs?.answer.text).toMatch(
      /^99213 is a CPT Category I code in the Evaluation and Management category\./,
    )
    expect(document.codeSystemLabel).toBe('CPT Category I')
  })

  it('escape markup typed into text fields', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(1)><svg onload=alert(1)>'
    const document = await exportOne(
      approvedEntry('M1440', {
        clinicalContext: paragraphWithText(`Used by video. ${payload}`),
      }),
    )
    // Plain-text fields keep the characters as typed; only the HTML fields are markup.
    const html = [
      document.clinicalContext.html,
      ...document.faqs.map((faq) => faq.answer.html),
    ].join('\n')

    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<svg')
    expect(document.clinicalContext.html).toContain('&lt;script&gt;')
    expect(document.clinicalContext.text).toContain(payload)
  })

  it('keep no unsafe link in any HTML field', async () => {
    const links = [
      'javascript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example/path',
    ]
    const linkDoc: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: links.map((href, index) => ({
            type: 'text',
            text: `link ${index} `,
            marks: [{ type: 'link', attrs: { href } }],
          })),
        },
      ],
    }
    const opened = await openFolderWith([approvedEntry('M1440', { plainLanguage: linkDoc })])
    const out = await makeTempFolder('codedesk-pages-')
    cleanUps.push(opened.cleanUp, out.remove)

    const summary = await exportBundle(opened.folder, { target: 'json', outDir: out.path })

    // Validation may block these links; when it does not, the sanitizer must have removed them.
    if (summary.blocked) {
      expect(summary.problems.some((problem) => problem.field.startsWith('plainLanguage'))).toBe(
        true,
      )
      return
    }
    const document = JSON.parse(
      await readFile(join(out.path, 'codes', 'M1440.json'), 'utf8'),
    ) as CodeDocument
    expect(document.plainLanguage.html).not.toContain('href')
    expect(document.plainLanguage.text).toBe('link 0 link 1 link 2 link 3 link 4')
  })

  it('state the RVU release', async () => {
    const document = await exportOne(
      approvedEntry('M1440', {
        rvu: measurementRvu(),
      }),
    )

    expect(document.rvu?.noWorkRvu).toBe(true)
    expect(document.rvu?.statement).toContain('no physician work RVU')
    expect(document.rvu?.statement).toContain('RVU25D')
  })
})
