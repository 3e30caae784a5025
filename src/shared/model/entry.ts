import { z } from 'zod'

import { CODE_SYSTEMS } from '../codes/codeSystem'
import { richTextDocSchema } from './richText'
import { rvuDataSchema } from './rvu'

/**
 * Hard limits that keep a hostile or broken file from bloating memory, messages and responses.
 * They sit far above what a page uses; the validation rules hold the editorial limits.
 */
const LIMITS = {
  title: 200,
  question: 1_000,
  name: 200,
  id: 64,
  listItems: 100,
}

export const ENTRY_STATUSES = [
  'draft',
  'in-review',
  'changes-requested',
  'approved',
  'published',
] as const

export type EntryStatus = (typeof ENTRY_STATUSES)[number]

export const faqSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]{4,40}$/, 'Expected a stable id of 4-40 lowercase letters, digits or dashes'),
  question: z.string().max(LIMITS.question),
  answer: richTextDocSchema,
})

export type Faq = z.infer<typeof faqSchema>

/**
 * The entry's review state. `revision` counts working revisions: approving keeps it, editing an
 * approved entry starts the next one. `approvedRevision` is what export publishes.
 */
export const workflowSchema = z.strictObject({
  status: z.enum(ENTRY_STATUSES),
  revision: z.number().int().min(1),
  approvedRevision: z.number().int().min(1).nullable(),
  publishedVersion: z.string().max(LIMITS.name).nullable(),
})

export type Workflow = z.infer<typeof workflowSchema>

export const entryMetaSchema = z.strictObject({
  createdAt: z.iso.datetime(),
  createdBy: z.string().min(1).max(LIMITS.name),
  updatedAt: z.iso.datetime(),
  updatedBy: z.string().min(1).max(LIMITS.name),
})

export type EntryMeta = z.infer<typeof entryMetaSchema>

/**
 * One code's page content, stored as `entries/<CODE>.json`. Keys are listed in the order files are
 * written, so a save without a change leaves the bytes identical.
 */
export const entrySchema = z.strictObject({
  code: z.string().regex(/^[A-Z0-9]{5}$/, 'Expected an uppercase code of five letters or digits'),
  codeSystem: z.enum(CODE_SYSTEMS),
  title: z.string().max(LIMITS.title),
  category: z.string().max(LIMITS.id),
  synonyms: z.array(z.string().max(LIMITS.title)).max(LIMITS.listItems),
  summary: richTextDocSchema,
  plainLanguage: richTextDocSchema,
  clinicalContext: richTextDocSchema,
  faqs: z.array(faqSchema).max(LIMITS.listItems),
  specialties: z.array(z.string().max(LIMITS.id)).max(LIMITS.listItems),
  rvu: rvuDataSchema.nullable(),
  workflow: workflowSchema,
  meta: entryMetaSchema,
})

export type Entry = z.infer<typeof entrySchema>

/** The rich-text fields of an entry, in page order. */
export const RICH_TEXT_FIELDS = ['summary', 'plainLanguage', 'clinicalContext'] as const
export type RichTextField = (typeof RICH_TEXT_FIELDS)[number]
