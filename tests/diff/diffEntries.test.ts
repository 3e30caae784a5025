import { describe, expect, it } from 'vitest'

import { diffEntries, type FieldDiff } from '../../src/shared/diff/diffEntries'
import { docFromParagraphs } from '../../src/shared/model/richText'
import { makeEntry, measurementRvu } from '../helpers/entryFactory'

function fieldsOf(diffs: FieldDiff[]): string[] {
  return diffs.map((diff) => diff.field)
}

describe('diffEntries', () => {
  const approved = makeEntry('M1440')

  it('lists only the changed fields in page order', () => {
    const edited = {
      ...approved,
      faqs: [...approved.faqs].reverse(),
      plainLanguage: docFromParagraphs(['A short video visit; the doctor writes it down.']),
      title: 'Telehealth enc',
      workflow: { ...approved.workflow, status: 'draft' as const, revision: 2 },
    }

    expect(fieldsOf(diffEntries(approved, edited))).toEqual(['title', 'plainLanguage', 'faqs'])
  })

  it('diffs an edited FAQ question and answer', () => {
    const [first, second] = approved.faqs
    const edited = {
      ...approved,
      faqs: [
        second!,
        {
          ...first!,
          question: 'Who may report it?',
          answer: docFromParagraphs(['The clinician who held the visit.']),
        },
        { id: 'faq-three', question: 'Is it new?', answer: docFromParagraphs(['Yes.']) },
      ],
    }

    const faqs = diffEntries(approved, edited).find((diff) => diff.field === 'faqs')

    expect(faqs?.kind).toBe('faqs')
    const items = faqs?.kind === 'faqs' ? faqs.items : []
    expect(items.map((item) => item.kind)).toEqual(['kept', 'kept', 'added'])
    expect(items[0]).toMatchObject({ kind: 'kept', moved: true, edited: false })
    expect(items[1]).toMatchObject({ kind: 'kept', moved: true, edited: true })
    expect(items[1]?.question).toEqual([
      { kind: 'equal', text: 'Who ', marks: [] },
      { kind: 'delete', text: 'reports ', marks: [] },
      { kind: 'insert', text: 'may report ', marks: [] },
      { kind: 'equal', text: 'it?', marks: [] },
    ])
    expect(items[1]?.answer?.changed).toBe(true)
  })

  it('compares a first revision with an empty entry', () => {
    const fields = fieldsOf(diffEntries(null, approved))

    expect(fields).toEqual([
      'title',
      'category',
      'synonyms',
      'summary',
      'plainLanguage',
      'clinicalContext',
      'specialties',
      'faqs',
    ])
  })

  it('marks every value of a first revision added', () => {
    const withRvu = { ...approved, rvu: measurementRvu() }

    const diffs = diffEntries(null, withRvu)
    const title = diffs.find((diff) => diff.field === 'title')
    const category = diffs.find((diff) => diff.field === 'category')
    const rvu = diffs.find((diff) => diff.field === 'rvu')

    expect(title).toMatchObject({ kind: 'text', change: 'added' })
    expect(category).toEqual({
      field: 'category',
      kind: 'choice',
      change: 'added',
      old: '',
      new: 'hcpcs-m',
    })
    expect(rvu).toMatchObject({ kind: 'rvu', change: 'added' })
  })

  it('reports a category change by id', () => {
    const edited = { ...approved, category: 'hcpcs-g' }

    expect(diffEntries(approved, edited)).toEqual([
      { field: 'category', kind: 'choice', change: 'edited', old: 'hcpcs-m', new: 'hcpcs-g' },
    ])
  })

  it('marks an emptied title removed', () => {
    const title = diffEntries(approved, { ...approved, title: '' })[0]

    expect(title).toMatchObject({ field: 'title', kind: 'text', change: 'removed' })
  })

  it('marks a changed title edited', () => {
    const title = diffEntries(approved, { ...approved, title: 'Telehealth enc' })[0]

    expect(title).toMatchObject({ field: 'title', kind: 'text', change: 'edited' })
  })

  it('treats a synonym case change as an edit', () => {
    const edited = { ...approved, synonyms: ['First synonym', 'second synonym'] }

    const synonyms = diffEntries(approved, edited)[0]
    const items = synonyms?.kind === 'list' ? synonyms.items : []

    expect(synonyms?.field).toBe('synonyms')
    expect(items[0]).toMatchObject({
      kind: 'kept',
      edited: true,
      old: 'first synonym',
      new: 'First synonym',
    })
  })

  it('finds no change when only the workflow differs', () => {
    const published = {
      ...approved,
      workflow: { ...approved.workflow, status: 'published' as const, publishedVersion: 'v1' },
    }

    expect(diffEntries(approved, published)).toEqual([])
  })
})
