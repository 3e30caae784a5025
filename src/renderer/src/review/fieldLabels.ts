import type { Entry } from '../../../shared/model/entry'

const FIELD_LABELS: Record<string, string> = {
  code: 'Code',
  codeSystem: 'Code system',
  title: 'Short title',
  category: 'Category',
  synonyms: 'Synonyms',
  summary: 'Summary',
  plainLanguage: 'In plain language',
  clinicalContext: 'Clinical context',
  faqs: 'FAQs',
  specialties: 'Specialties',
  rvu: 'RVU information',
}

/** Returns how a field path reads in the UI: `faqs[2].answer` is "FAQ 3, answer". */
export function fieldLabel(field: string | null): string {
  if (field === null) return 'Whole entry'

  const item = /^(synonyms|specialties|faqs)\[(\d+)\](?:\.(question|answer))?$/.exec(field)
  if (item === null) return FIELD_LABELS[field] ?? field

  const [, list, index, part] = item
  const number = Number(index) + 1
  if (list === 'faqs') return part === undefined ? `FAQ ${number}` : `FAQ ${number}, ${part}`

  return `${list === 'synonyms' ? 'Synonym' : 'Specialty'} ${number}`
}

/** Lists the fields of an entry a comment can be attached to, in page order. */
export function commentableFields(entry: Entry): string[] {
  return [
    'title',
    'category',
    'synonyms',
    ...entry.synonyms.map((_synonym, index) => `synonyms[${index}]`),
    'summary',
    'plainLanguage',
    'clinicalContext',
    'rvu',
    'specialties',
    'faqs',
    ...entry.faqs.flatMap((_faq, index) => [`faqs[${index}].question`, `faqs[${index}].answer`]),
  ]
}
