import { stringify } from 'yaml'

import type { CodeDocument } from './bundleFormat'

/** The front matter of a Markdown code page: the code file without the section bodies. */
export type MarkdownFrontMatter = Omit<
  CodeDocument,
  'summary' | 'plainLanguage' | 'clinicalContext' | 'billing' | 'documentation'
>

/**
 * Escapes one line of plain text for a Markdown heading or list item: inline markup characters get
 * a backslash, `&`, `<` and `>` become character references, and line breaks become spaces.
 */
export function escapeMarkdownText(text: string): string {
  const escaped = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]#~|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')

  // A line starting with "-", "+" or "12." would become a list item.
  return escaped.replace(/^([-+])/, '\\$1').replace(/^(\d+)\./, '$1\\.')
}

/**
 * Serializes front matter as YAML with every string double-quoted. Quoting every string keeps
 * values such as `no`, `on`, `0042T`, `@mention`, `*alias`, `a: b` and `# note` strings in YAML 1.1
 * parsers too (Jekyll's, PyYAML), which read some of those unquoted as booleans, numbers or syntax.
 * Multi-line strings stay double-quoted with `\n` escapes.
 */
export function stringifyFrontMatter(frontMatter: object): string {
  return stringify(frontMatter, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
    minContentWidth: 0,
  })
}

export function markdownFrontMatter(document: CodeDocument): MarkdownFrontMatter {
  const {
    summary: _summary,
    plainLanguage: _plainLanguage,
    clinicalContext: _clinicalContext,
    billing: _billing,
    documentation: _documentation,
    ...frontMatter
  } = document

  return frontMatter
}

/**
 * Keeps sanitized HTML one CommonMark HTML block. A blank line ends an HTML block, and whatever
 * follows is read as Markdown again, where text such as `[x](javascript:...)` would become a live
 * link the sanitizer never saw. Line breaks are white space in HTML, so they become spaces.
 */
export function asHtmlBlock(html: string): string {
  return html.replace(/[\r\n\u2028\u2029]+/g, ' ').trim()
}

function section(heading: string, body: string): string[] {
  return body.trim() === '' ? [] : [`## ${heading}`, '', body, '']
}

/**
 * Renders a code file as one Markdown page for static-site generators: YAML front matter with the
 * structured data, then the page sections in page order. Section bodies are the sanitized HTML of
 * the JSON bundle, which CommonMark passes through as HTML blocks.
 */
export function renderMarkdownPage(document: CodeDocument): string {
  const lines: string[] = [
    '---',
    stringifyFrontMatter(markdownFrontMatter(document)).trimEnd(),
    '---',
    '',
  ]

  if (document.summary.html !== '') lines.push(asHtmlBlock(document.summary.html), '')
  lines.push(...section('In Plain Language', asHtmlBlock(document.plainLanguage.html)))
  lines.push(...section('Clinical Context', asHtmlBlock(document.clinicalContext.html)))
  if (document.rvu !== null) {
    lines.push(...section('RVU Information', escapeMarkdownText(document.rvu.statement)))
  }
  lines.push(
    ...section(
      'Billing & Documentation',
      [document.billing.html, document.documentation.html]
        .map(asHtmlBlock)
        .filter((html) => html !== '')
        .join('\n\n'),
    ),
  )
  lines.push(
    ...section(
      'Specialties',
      document.specialties
        .map((specialty) => `- ${escapeMarkdownText(specialty.label)}`)
        .join('\n'),
    ),
  )
  if (document.faqs.length > 0) {
    lines.push('## Frequently Asked Questions', '')
    for (const faq of document.faqs) {
      lines.push(`### ${escapeMarkdownText(faq.question)}`, '', asHtmlBlock(faq.answer.html), '')
    }
  }

  return `${lines.join('\n').trimEnd()}\n`
}
