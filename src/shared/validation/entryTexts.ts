import type { Entry } from '../model/entry'
import type { RichTextDoc } from '../model/richText'
import { richTextToPlainText } from '../page/richTextToPlainText'
import { type CodeMention, findCodeMentions } from './findCodeMentions'

/** One piece of an entry's text with the field path a problem about it names. */
export interface EntryText {
  field: string
  text: string
  /** The rich-text document the text came from, or undefined for plain string fields. */
  doc?: RichTextDoc
}

// Several rules read the same texts, so they are cached per entry object. The editor sends a new
// object on every keystroke, so the cache never serves text of an older version.
const cache = new WeakMap<Entry, EntryText[]>()
const richCache = new WeakMap<Entry, EntryText[]>()
const mentionCache = new WeakMap<EntryText, CodeMention[]>()

/** Returns the rich-text fields of an entry with their plain text, in page order. */
export function entryRichTexts(entry: Entry): EntryText[] {
  let texts = richCache.get(entry)
  if (texts === undefined) {
    texts = entryTexts(entry).filter((text) => text.doc !== undefined)
    richCache.set(entry, texts)
  }

  return texts
}

/** Returns every piece of text an entry shows on its page, in page order. */
export function entryTexts(entry: Entry): EntryText[] {
  const cached = cache.get(entry)
  if (cached !== undefined) return cached

  const fromDoc = (field: string, doc: RichTextDoc): EntryText => ({
    field,
    text: richTextToPlainText(doc),
    doc,
  })
  const texts: EntryText[] = [
    { field: 'title', text: entry.title },
    ...entry.synonyms.map((text, index) => ({ field: `synonyms[${index}]`, text })),
    fromDoc('summary', entry.summary),
    fromDoc('plainLanguage', entry.plainLanguage),
    fromDoc('clinicalContext', entry.clinicalContext),
  ]
  entry.faqs.forEach((faq, index) => {
    texts.push({ field: `faqs[${index}].question`, text: faq.question })
    texts.push(fromDoc(`faqs[${index}].answer`, faq.answer))
  })
  cache.set(entry, texts)

  return texts
}

/**
 * Finds the codes one of an entry's texts mentions. The result is cached with the text, because
 * both the unknown-code rule and the folder's record of mentions read it.
 */
export function entryTextMentions(text: EntryText): CodeMention[] {
  let mentions = mentionCache.get(text)
  if (mentions === undefined) {
    mentions = findCodeMentions(text.text)
    mentionCache.set(text, mentions)
  }

  return mentions
}
