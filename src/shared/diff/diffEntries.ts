import type { Entry, Faq } from '../model/entry'
import { emptyDoc, type RichTextDoc } from '../model/richText'
import { diffInline, type InlineChange } from './diffInline'
import { diffList, listChanged, type ListItemChange } from './diffList'
import { diffRichText, type RichTextDiff } from './diffRichText'
import { tokenizeText } from './flattenRichText'

/** An FAQ in a list diff, with word diffs of its question and answer when it was edited. */
export type FaqChange = ListItemChange<Faq> & {
  question?: InlineChange[]
  answer?: RichTextDiff
}

/** The kind of change to a single-value field: set where it was empty, emptied, or changed. */
export type ValueChange = 'added' | 'removed' | 'edited'

/**
 * The changes to one field of an entry. `field` is the path validation problems and the editor's
 * `data-field` attributes use, so a comment made on the diff lands at the same field. A `choice`
 * field contains an id (a category or code system id), which the UI shows by its label.
 */
export type FieldDiff =
  | { field: 'title'; kind: 'text'; change: ValueChange; inline: InlineChange[] }
  | {
      field: 'category' | 'codeSystem'
      kind: 'choice'
      change: ValueChange
      old: string
      new: string
    }
  | {
      field: 'summary' | 'plainLanguage' | 'clinicalContext'
      kind: 'rich-text'
      diff: RichTextDiff
    }
  | { field: 'synonyms' | 'specialties'; kind: 'list'; items: ListItemChange<string>[] }
  | { field: 'faqs'; kind: 'faqs'; items: FaqChange[] }
  | { field: 'rvu'; kind: 'rvu'; change: ValueChange; old: string; new: string }

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field !== null && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : 1)))
      : field,
  )
}

function sameDoc(a: RichTextDoc, b: RichTextDoc): boolean {
  return stableJson(a) === stableJson(b)
}

function diffText(oldText: string, newText: string): InlineChange[] | null {
  if (oldText === newText) return null
  return diffInline(tokenizeText(oldText), tokenizeText(newText))
}

// Case and runs of spaces do not change which synonym it is, so "Virtual  visit" replacing
// "virtual visit" shows as an edit of one synonym.
function synonymKey(synonym: string): string {
  return synonym.trim().replace(/\s+/g, ' ').toLowerCase()
}

function valueChange(oldIsEmpty: boolean, newIsEmpty: boolean): ValueChange {
  if (oldIsEmpty) return 'added'
  return newIsEmpty ? 'removed' : 'edited'
}

function describeRvu(rvu: Entry['rvu']): string {
  if (rvu === null) return 'none'

  const values = rvu.global
  return `${rvu.release}: work ${values.work}, non-facility total ${values.nonFacilityTotal}, facility total ${values.facilityTotal}`
}

function diffFaqs(oldFaqs: readonly Faq[], newFaqs: readonly Faq[]): FaqChange[] {
  const items = diffList(oldFaqs, newFaqs, {
    key: (faq) => faq.id,
    equals: (a, b) => a.question === b.question && sameDoc(a.answer, b.answer),
  })

  return items.map((item): FaqChange => {
    if (item.kind !== 'kept' || !item.edited) return item

    const question = diffText(item.old.question, item.new.question)
    const answer = sameDoc(item.old.answer, item.new.answer)
      ? null
      : diffRichText(item.old.answer, item.new.answer)

    return {
      ...item,
      ...(question === null ? {} : { question }),
      ...(answer === null ? {} : { answer }),
    }
  })
}

/**
 * Lists the fields that differ between two versions of an entry, in page order. With no old
 * version (an entry never approved), every field with content is compared against an empty one,
 * so each of them reads as added.
 * Workflow state and authorship are not compared.
 */
export function diffEntries(oldEntry: Entry | null, newEntry: Entry): FieldDiff[] {
  const old: Entry = oldEntry ?? {
    ...newEntry,
    title: '',
    category: '',
    synonyms: [],
    summary: emptyDoc(),
    plainLanguage: emptyDoc(),
    clinicalContext: emptyDoc(),
    faqs: [],
    specialties: [],
    rvu: null,
  }
  const diffs: FieldDiff[] = []

  const title = diffText(old.title, newEntry.title)
  if (title !== null) {
    const change = valueChange(old.title === '', newEntry.title === '')
    diffs.push({ field: 'title', kind: 'text', change, inline: title })
  }

  for (const field of ['codeSystem', 'category'] as const) {
    if (old[field] === newEntry[field]) continue

    const change = valueChange(old[field] === '', newEntry[field] === '')
    diffs.push({ field, kind: 'choice', change, old: old[field], new: newEntry[field] })
  }

  const synonyms = diffList(old.synonyms, newEntry.synonyms, {
    key: synonymKey,
    equals: (a, b) => a === b,
  })
  if (listChanged(synonyms)) diffs.push({ field: 'synonyms', kind: 'list', items: synonyms })

  for (const field of ['summary', 'plainLanguage', 'clinicalContext'] as const) {
    if (!sameDoc(old[field], newEntry[field])) {
      diffs.push({ field, kind: 'rich-text', diff: diffRichText(old[field], newEntry[field]) })
    }
  }

  if (stableJson(old.rvu) !== stableJson(newEntry.rvu)) {
    diffs.push({
      field: 'rvu',
      kind: 'rvu',
      change: valueChange(old.rvu === null, newEntry.rvu === null),
      old: describeRvu(old.rvu),
      new: describeRvu(newEntry.rvu),
    })
  }

  const specialties = diffList(old.specialties, newEntry.specialties, {
    key: (id) => id,
    equals: () => true,
  })
  if (listChanged(specialties)) {
    diffs.push({ field: 'specialties', kind: 'list', items: specialties })
  }

  const faqs = diffFaqs(old.faqs, newEntry.faqs)
  if (listChanged(faqs)) diffs.push({ field: 'faqs', kind: 'faqs', items: faqs })

  return diffs
}
