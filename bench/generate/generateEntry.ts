import type { Entry, EntryStatus, Faq, Workflow } from '../../src/shared/model/entry'
import type { RichTextDoc, RichTextNode } from '../../src/shared/model/richText'
import type { RvuData, RvuValues } from '../../src/shared/model/rvu'
import type { Taxonomy } from '../../src/shared/model/taxonomy'
import type { HistoryFile } from '../../src/shared/workflow/historySchema'
import type { PickedCode } from './pickCodes'
import type { SeededRandom } from './SeededRandom'
import {
  ENDINGS,
  LINKS,
  OBJECTS,
  QUESTIONS,
  SUBJECTS,
  SYNONYM_HEADS,
  SYNONYM_MODIFIERS,
  SYNONYM_SETTINGS,
  TITLE_QUALIFIERS,
  TITLE_WORDS,
  VERBS,
  WRITERS,
} from './vocabulary'

/** `realistic` pages have the sizes of written pages; `small` pages have one line per field. */
export type EntrySize = 'realistic' | 'small'

const SYNONYM_SUFFIXES = [
  '',
  ' at home',
  ' by phone',
  ' for kids',
  ' for adults',
  ' in clinic',
  ' at night',
  ' for seniors',
  ' after surgery',
  ' before surgery',
  ' with family',
  ' on weekends',
]
// Tries before a synonym already used elsewhere is accepted. The vocabulary makes about 166,000
// synonyms, and 20,000 entries use about 80,000; a folder that needs more gets duplicates, which
// the synonym rules report, rather than a generator that never ends.
const UNIQUE_SYNONYM_TRIES = 50
const FIRST_DATE_MS = Date.parse('2024-01-01T00:00:00.000Z')
const MINUTES_IN_TWO_YEARS = 2 * 365 * 24 * 60
const MINUTES_IN_NINETY_DAYS = 90 * 24 * 60

// Tries before a sentence already used in the same entry is accepted.
const UNIQUE_SENTENCE_TRIES = 20

/** State shared by the entries of one folder, so synonyms stay distinct across entries. */
export interface GeneratorState {
  random: SeededRandom
  taxonomy: Taxonomy
  usedSynonyms: Set<string>
}

/**
 * Writes sentences for one entry. Each is new within the entry, because the validation rules
 * warn about a sentence copied from one field of a page into another.
 */
class SentenceWriter {
  readonly random: SeededRandom
  readonly #used = new Set<string>()

  constructor(random: SeededRandom) {
    this.random = random
  }

  next(): string {
    let text = this.#compose()
    for (let tries = 1; tries < UNIQUE_SENTENCE_TRIES && this.#used.has(text); tries++)
      text = this.#compose()
    this.#used.add(text)

    return text
  }

  #compose(): string {
    const { random } = this
    return `${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(ENDINGS)}.`
  }
}

function textNode(text: string, marks?: RichTextNode['marks']): RichTextNode {
  return marks === undefined ? { type: 'text', text } : { type: 'text', marks, text }
}

/** Builds a paragraph of `sentences` sentences; some end with a bold or a linked sentence. */
function paragraph(writer: SentenceWriter, sentences: number): RichTextNode {
  const { random } = writer
  const text = Array.from({ length: sentences }, () => writer.next()).join(' ')
  const roll = random.next()

  if (roll < 0.15) {
    return {
      type: 'paragraph',
      content: [textNode(`${text} `), textNode(writer.next(), [{ type: 'bold' }])],
    }
  }
  if (roll < 0.22) {
    const link = { type: 'link', attrs: { href: random.pick(LINKS) } }
    return { type: 'paragraph', content: [textNode(`${text} `), textNode(writer.next(), [link])] }
  }

  return { type: 'paragraph', content: [textNode(text)] }
}

function bulletList(writer: SentenceWriter): RichTextNode {
  const items = writer.random.int(2, 4)

  return {
    type: 'bulletList',
    content: Array.from({ length: items }, () => ({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [textNode(writer.next())] }],
    })),
  }
}

/** Builds a page section: three to ten paragraphs, sometimes with a bullet list among them. */
function section(writer: SentenceWriter, size: EntrySize): RichTextDoc {
  const { random } = writer
  if (size === 'small') return { type: 'doc', content: [paragraph(writer, 1)] }

  const paragraphs = random.int(3, 10)
  const content = Array.from({ length: paragraphs }, () => paragraph(writer, random.int(2, 4)))
  if (random.chance(0.3)) content.splice(random.int(1, content.length - 1), 0, bulletList(writer))

  return { type: 'doc', content }
}

function answer(writer: SentenceWriter, size: EntrySize): RichTextDoc {
  const { random } = writer
  const paragraphs = size === 'small' ? 1 : random.int(1, 3)

  return {
    type: 'doc',
    content: Array.from({ length: paragraphs }, () => paragraph(writer, random.int(1, 3))),
  }
}

function faqs(writer: SentenceWriter, size: EntrySize): Faq[] {
  const { random } = writer
  const count = size === 'small' ? 3 : random.int(3, 6)

  return random.sample(QUESTIONS, count).map((question, index) => ({
    id: `faq-${index + 1}-${random.int(0, 1_679_615).toString(36)}`,
    question,
    answer: answer(writer, size),
  }))
}

function title(random: SeededRandom): string {
  const qualifier = random.pick(TITLE_QUALIFIERS)
  const text = `${qualifier} ${random.pick(TITLE_WORDS).toLowerCase()}`

  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`
}

function synonym(random: SeededRandom): string {
  const parts = [random.pick(SYNONYM_SETTINGS), random.pick(SYNONYM_MODIFIERS)]

  return `${parts.join(' ')} ${random.pick(SYNONYM_HEADS)}${random.pick(SYNONYM_SUFFIXES)}`
}

function synonyms(state: GeneratorState): string[] {
  const count = state.random.int(2, 6)
  const chosen: string[] = []

  while (chosen.length < count) {
    let candidate = synonym(state.random)
    for (let tries = 1; tries < UNIQUE_SYNONYM_TRIES && state.usedSynonyms.has(candidate); tries++)
      candidate = synonym(state.random)
    if (chosen.includes(candidate)) continue

    state.usedSynonyms.add(candidate)
    chosen.push(candidate)
  }

  return chosen
}

function amount(random: SeededRandom, max: number): number {
  return Math.round(random.next() * max * 100) / 100
}

function rvuValues(random: SeededRandom, code: string): RvuValues {
  // M codes are quality-data codes: CMS lists them with status M and no RVUs.
  if (code.startsWith('M')) {
    return {
      statusCode: 'M',
      work: 0,
      nonFacilityPe: 0,
      nonFacilityPeNa: false,
      facilityPe: 0,
      facilityPeNa: false,
      malpractice: 0,
      nonFacilityTotal: 0,
      facilityTotal: 0,
      pctcIndicator: '9',
      globalDays: 'XXX',
      conversionFactor: 32.3465,
    }
  }

  const work = amount(random, 4)
  const nonFacilityPe = amount(random, 3)
  const facilityPe = amount(random, 2)
  const malpractice = amount(random, 0.5)

  return {
    statusCode: 'A',
    work,
    nonFacilityPe,
    nonFacilityPeNa: false,
    facilityPe,
    facilityPeNa: false,
    malpractice,
    nonFacilityTotal: Math.round((work + nonFacilityPe + malpractice) * 100) / 100,
    facilityTotal: Math.round((work + facilityPe + malpractice) * 100) / 100,
    pctcIndicator: random.pick(['0', '1', '2']),
    globalDays: random.pick(['000', '010', '090', 'XXX']),
    conversionFactor: 32.3465,
  }
}

function rvu(random: SeededRandom, code: string, importedAt: string): RvuData | null {
  if (!random.chance(0.6)) return null

  return {
    release: 'RVU25D',
    sourceFile: 'PPRRVU2025_Oct.csv',
    importedAt,
    global: rvuValues(random, code),
    professional: null,
    technical: null,
  }
}

/** Picks a workflow: about four in five pages approved or published, so export has work. */
function workflow(random: SeededRandom): Workflow {
  const revision = random.int(1, 4)
  const roll = random.next()
  const status: EntryStatus =
    roll < 0.72
      ? 'approved'
      : roll < 0.8
        ? 'published'
        : roll < 0.88
          ? 'in-review'
          : roll < 0.93
            ? 'changes-requested'
            : 'draft'

  if (status === 'approved' || status === 'published') {
    return {
      status,
      revision,
      approvedRevision: revision,
      publishedVersion: status === 'published' ? '2025.10.1' : null,
    }
  }

  return {
    status,
    revision,
    approvedRevision: revision > 1 ? revision - 1 : null,
    publishedVersion: null,
  }
}

function lowerFirst(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`
}

/** Builds one valid entry with keys in schema order, so it serializes as the app writes it. */
export function generateEntry(state: GeneratorState, picked: PickedCode, size: EntrySize): Entry {
  const { random, taxonomy } = state
  const { code, category } = picked
  const writer = new SentenceWriter(random)
  const createdMs = FIRST_DATE_MS + random.int(0, MINUTES_IN_TWO_YEARS) * 60_000
  const createdAt = new Date(createdMs).toISOString()
  const updatedAt = new Date(
    createdMs + random.int(0, MINUTES_IN_NINETY_DAYS) * 60_000,
  ).toISOString()
  const specialtyIds = taxonomy.specialties.map((specialty) => specialty.id)

  return {
    code,
    codeSystem: category.codeSystem,
    title: title(random),
    category: category.id,
    synonyms: synonyms(state),
    summary: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [textNode(`Code ${code} is used when ${lowerFirst(writer.next())}`)],
        },
      ],
    },
    plainLanguage: section(writer, size),
    clinicalContext: section(writer, size),
    faqs: faqs(writer, size),
    specialties: random.sample(specialtyIds, random.int(1, 3)),
    rvu: rvu(random, code, updatedAt),
    workflow: workflow(random),
    meta: {
      createdAt,
      createdBy: random.pick(WRITERS),
      updatedAt,
      updatedBy: random.pick(WRITERS),
    },
  }
}

/**
 * Builds the review record an approval leaves in `history/<CODE>.json`: the approved revision's
 * full text and the submit and approve events. Returns null for an entry never approved.
 */
export function generateHistory(entry: Entry, reviewer: string): HistoryFile | null {
  const approvedRevision = entry.workflow.approvedRevision
  if (approvedRevision === null) return null

  const approvedAt = entry.meta.updatedAt
  const snapshot: Entry = {
    ...entry,
    workflow: {
      status: 'approved',
      revision: approvedRevision,
      approvedRevision,
      publishedVersion: null,
    },
  }
  const event = (action: 'submitted' | 'approved', actor: string) => ({
    action,
    actor,
    at: approvedAt,
    revision: approvedRevision,
    comment: null,
  })

  return {
    code: entry.code,
    revisions: [
      {
        revision: approvedRevision,
        author: entry.meta.updatedBy,
        reviewer,
        approvedAt,
        comment: null,
        entry: snapshot,
      },
    ],
    events: [event('submitted', entry.meta.updatedBy), event('approved', reviewer)],
    comments: [],
  }
}
