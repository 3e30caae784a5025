import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { docFromParagraphs } from '../../src/shared/model/richText'
import type { RvuValues } from '../../src/shared/model/rvu'
import { taxonomySchema } from '../../src/shared/model/taxonomy'
import { workspaceSchema } from '../../src/shared/model/workspace'
import { buildCodePage } from '../../src/shared/page/buildCodePage'
import { makeEntry } from '../helpers/entryFactory'

const contentDir = join(import.meta.dirname, '..', '..', 'content')
const taxonomy = taxonomySchema.parse(
  JSON.parse(readFileSync(join(contentDir, 'taxonomy.json'), 'utf8')),
)
const workspace = workspaceSchema.parse({ siteBasePath: '/codes/' })

function values(overrides: Partial<RvuValues> = {}): RvuValues {
  return {
    statusCode: 'A',
    work: 1.3,
    nonFacilityPe: 1.21,
    nonFacilityPeNa: false,
    facilityPe: 0.55,
    facilityPeNa: false,
    malpractice: 0.1,
    nonFacilityTotal: 2.61,
    facilityTotal: 1.95,
    pctcIndicator: '0',
    globalDays: 'XXX',
    conversionFactor: 32.3465,
    ...overrides,
  }
}

describe('buildCodePage', () => {
  it('builds the title line, category, path and specialties of an M code', () => {
    const page = buildCodePage(
      makeEntry('M1440', { title: 'Telehealth enc', specialties: ['telehealth', 'primary-care'] }),
      taxonomy,
      workspace,
    )

    expect(page.titleLine).toBe('M1440 Telehealth enc')
    expect(page.category).toEqual({ id: 'hcpcs-m', label: 'M Codes' })
    expect(page.path).toBe('/codes/m1440')
    expect(page.specialties).toEqual([
      { id: 'telehealth', label: 'Telehealth' },
      { id: 'primary-care', label: 'Primary Care' },
    ])
    expect(page.codeSystemLabel).toBe('HCPCS Level II')
  })

  it('fills templated FAQs for an HCPCS Level II code with "an"', () => {
    const page = buildCodePage(
      makeEntry('M1440', { summary: docFromParagraphs(['Reports a telehealth encounter.']) }),
      taxonomy,
      workspace,
    )
    const whatIs = page.faqs.find((faq) => faq.id === 'template-what-is')
    const whenUsed = page.faqs.find((faq) => faq.id === 'template-when-used')

    expect(whatIs?.question).toBe('What is code M1440?')
    expect(whatIs?.answer.text).toBe(
      'M1440 is an HCPCS Level II code in the M Codes category.\n\nReports a telehealth encounter.',
    )
    expect(whatIs?.templated).toBe(true)
    expect(whenUsed?.question).toBe('When is M1440 used?')
    expect(whenUsed?.answer.text).toBe('Clinicians use it when the visit happens by video.')
  })

  it('fills templated FAQs for a CPT code with "a"', () => {
    const page = buildCodePage(
      makeEntry('99213', { category: 'cpt-evaluation-management' }),
      taxonomy,
      workspace,
    )
    const whatIs = page.faqs.find((faq) => faq.id === 'template-what-is')

    expect(whatIs?.answer.text.split('\n')[0]).toBe(
      '99213 is a CPT Category I code in the Evaluation and Management category.',
    )
    expect(whatIs?.answer.html).toContain('<p>99213 is a CPT Category I code')
  })

  it('lists templated FAQs before written ones and marks them', () => {
    const page = buildCodePage(makeEntry('G2012'), taxonomy, workspace)

    expect(page.faqs.map((faq) => [faq.id, faq.templated])).toEqual([
      ['template-what-is', true],
      ['template-when-used', true],
      ['faq-one', false],
      ['faq-two', false],
    ])
  })

  it('lets a written FAQ replace the template asking the same question', () => {
    const entry = makeEntry('M1440')
    entry.faqs.push({
      id: 'own-what-is',
      question: 'what is code  M1440?',
      answer: docFromParagraphs(['Our own answer.']),
    })
    const page = buildCodePage(entry, taxonomy, workspace)

    expect(page.faqs.some((faq) => faq.id === 'template-what-is')).toBe(false)
    expect(page.faqs.find((faq) => faq.id === 'own-what-is')?.answer.text).toBe('Our own answer.')
  })

  it('leaves out a template whose source field is empty', () => {
    const page = buildCodePage(
      makeEntry('M1440', { clinicalContext: docFromParagraphs(['  ']) }),
      taxonomy,
      workspace,
    )

    expect(page.faqs.some((faq) => faq.id === 'template-when-used')).toBe(false)
  })

  it('renders the category billing and documentation text', () => {
    const page = buildCodePage(makeEntry('J0129', { category: 'hcpcs-j' }), taxonomy, workspace)

    expect(page.billing.text).toMatch(/^J codes report drugs/)
    expect(page.documentation.html).toMatch(/^<p>Record the drug/)
  })

  it('falls back to the code system name without a matching category', () => {
    const page = buildCodePage(makeEntry('A0021', { category: '' }), taxonomy, workspace)

    expect(page.category.label).toBe('HCPCS Level II')
    expect(page.billing).toEqual({ html: '', text: '' })
  })

  it('builds the meta description from the summary on one line', () => {
    const page = buildCodePage(
      makeEntry('M1440', { summary: docFromParagraphs(['First part.', 'Second  part.']) }),
      taxonomy,
      workspace,
    )

    expect(page.metaDescription).toBe('First part. Second part.')
  })

  it('has no RVU section without RVU data', () => {
    const page = buildCodePage(makeEntry('M1440', { rvu: null }), taxonomy, workspace)

    expect(page.rvu).toBeNull()
  })

  it('states that no work RVU is assigned for status M', () => {
    const entry = makeEntry('M1440', {
      rvu: {
        release: 'RVU25D',
        sourceFile: 'PPRRVU2025_Oct.csv',
        importedAt: '2026-01-05T10:00:00.000Z',
        global: values({
          statusCode: 'M',
          work: 0,
          nonFacilityPe: 0,
          facilityPe: 0,
          malpractice: 0,
          nonFacilityTotal: 0,
          facilityTotal: 0,
        }),
        professional: null,
        technical: null,
      },
    })
    const page = buildCodePage(entry, taxonomy, workspace)

    expect(page.rvu?.noWorkRvu).toBe(true)
    expect(page.rvu?.release).toBe('RVU25D')
    expect(page.rvu?.statement).toBe(
      'CMS assigns no physician work RVU to M1440 (status M: a measurement code), and payers set their own payment for it. Source: CMS Physician Fee Schedule, release RVU25D.',
    )
  })

  it('states the RVU values with the release otherwise', () => {
    const entry = makeEntry('G2012', {
      rvu: {
        release: 'RVU25D',
        sourceFile: 'PPRRVU2025_Oct.csv',
        importedAt: '2026-01-05T10:00:00.000Z',
        global: values({ facilityPeNa: true }),
        professional: values({ work: 1.3, nonFacilityTotal: 1.8, facilityTotal: 1.8 }),
        technical: null,
      },
    })
    const page = buildCodePage(entry, taxonomy, workspace)

    expect(page.rvu?.noWorkRvu).toBe(false)
    expect(page.rvu?.statement).toContain('G2012 has a work RVU of 1.30')
    expect(page.rvu?.statement).toContain('not priced (NA) in a facility setting')
    expect(page.rvu?.statement).toContain('Total RVUs are 2.61 (non-facility) and 1.95 (facility).')
    expect(page.rvu?.statement).toContain('professional component (modifier 26)')
    expect(page.rvu?.statement).not.toContain('technical component')
    expect(page.rvu?.statement).toMatch(/release RVU25D\.$/)
  })
})
