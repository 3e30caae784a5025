import type { RichTextNode } from '../../model/richText'
import { safeHref } from '../../page/safeHref'
import type { Rule } from '../engine'
import { entryRichTexts, entryTextMentions, entryTexts } from '../entryTexts'
import { quoteText } from '../quoteText'

interface Link {
  href: string | null
  text: string
}

function linkHref(node: RichTextNode): string | null | undefined {
  const mark = node.marks?.find((candidate) => candidate.type === 'link')
  if (mark === undefined) return undefined

  const href = mark.attrs?.href
  return typeof href === 'string' ? href : null
}

// Adjacent text nodes with the same href are one link whose text is split by other marks
// ("see **G2012** now" in one link is three text nodes).
function collectLinks(node: RichTextNode, links: Link[]): void {
  let open: Link | null = null

  for (const child of node.content ?? []) {
    const href = child.type === 'text' ? linkHref(child) : undefined
    if (href === undefined) {
      open = null
      collectLinks(child, links)
      continue
    }
    if (open !== null && open.href === href) {
      open.text += child.text ?? ''
      continue
    }
    open = { href, text: child.text ?? '' }
    links.push(open)
  }
}

/** Returns the links of a rich-text document in order, each with its whole text. */
export function linksOf(doc: RichTextNode): Link[] {
  const links: Link[] = []
  collectLinks(doc, links)
  return links
}

const ALLOWED_PROTOCOL = /^(https?:\/\/|mailto:)/i

// The exporter drops a link whose href safeHref rejects; relative hrefs pass safeHref but have no
// fixed target outside the site, so they are rejected here too.
function isAllowedHref(href: string | null): boolean {
  const safe = href === null ? null : safeHref(href)
  return safe !== null && ALLOWED_PROTOCOL.test(safe)
}

export const linkProtocolRule: Rule = {
  id: 'links/protocol',
  description: 'Every link href is an http, https or mailto address.',
  defaultSeverity: 'error',
  check(entry, _context, report) {
    for (const { field, doc } of entryRichTexts(entry)) {
      if (doc === undefined) continue

      for (const link of linksOf(doc)) {
        if (isAllowedHref(link.href)) continue

        const shown = link.href === null ? 'has no address' : `points to '${link.href}'`
        report(
          field,
          `${field}: the link ${quoteText(link.text)} ${shown}. Use a full http://, https:// or mailto: address.`,
        )
      }
    }
  },
}

export const linkTextRule: Rule = {
  id: 'links/text',
  description: 'Every link has visible text.',
  defaultSeverity: 'error',
  check(entry, _context, report) {
    for (const { field, doc } of entryRichTexts(entry)) {
      if (doc === undefined) continue

      for (const link of linksOf(doc)) {
        if (link.text.trim() !== '') continue
        report(
          field,
          `${field}: the link to '${link.href ?? ''}' has no text. Write the words a reader clicks, or remove the link.`,
        )
      }
    }
  },
}

export const unknownCodeMentionRule: Rule = {
  id: 'links/unknown-code',
  description: 'A code the text mentions ("see G2012") has an entry in the folder.',
  defaultSeverity: 'warning',
  check(entry, context, report) {
    for (const text of entryTexts(entry)) {
      const { field } = text
      const reported = new Set<string>()

      for (const { code } of entryTextMentions(text)) {
        if (code === entry.code || context.folder.codes.has(code) || reported.has(code)) continue

        reported.add(code)
        report(
          field,
          `${field}: mentions ${code}, which has no entry in this folder. Create the ${code} entry or remove the mention.`,
        )
      }
    }
  },
}
