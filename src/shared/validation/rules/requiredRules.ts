import type { Entry } from '../../model/entry'
import type { RICH_TEXT_FIELDS } from '../../model/entry'
import type { Rule } from '../engine'
import { entryRichTexts } from '../entryTexts'

const SECTION_NAMES: Record<(typeof RICH_TEXT_FIELDS)[number], string> = {
  summary: 'summary',
  plainLanguage: 'plain-language explanation',
  clinicalContext: 'clinical context',
}

/** Returns whether the entry's status needs complete content: every status after draft does. */
export function needsCompleteContent(entry: Entry): boolean {
  return entry.workflow.status !== 'draft'
}

export const requiredContentRule: Rule = {
  id: 'required/content',
  description:
    'An entry in review or later has a title, summary, plain language, clinical context, and at least minSpecialties specialties and minFaqs FAQs.',
  defaultSeverity: 'error',
  check(entry, context, report) {
    if (!needsCompleteContent(entry)) return

    const { minSpecialties, minFaqs } = context.workspace.validation

    if (entry.title.trim() === '')
      report(
        'title',
        `title: entry ${entry.code} has no title, and review needs one. Write the short title.`,
      )

    for (const text of entryRichTexts(entry)) {
      const name = SECTION_NAMES[text.field as keyof typeof SECTION_NAMES]
      if (name !== undefined && text.text.trim() === '') {
        report(
          text.field,
          `${text.field}: the ${name} of ${entry.code} is empty, and review needs it. Write the ${name}.`,
        )
      }
    }

    if (entry.specialties.length < minSpecialties) {
      report(
        'specialties',
        `specialties: entry ${entry.code} has ${entry.specialties.length} specialties, fewer than the ${minSpecialties} required once it leaves draft. Add ${minSpecialties - entry.specialties.length} more.`,
      )
    }
    if (entry.faqs.length < minFaqs) {
      report(
        'faqs',
        `faqs: entry ${entry.code} has ${entry.faqs.length} FAQs, fewer than the ${minFaqs} required once it leaves draft. Add ${minFaqs - entry.faqs.length} more.`,
      )
    }
  },
}

export const specialtyKnownRule: Rule = {
  id: 'specialties/unknown',
  description: 'Every specialty id is in the taxonomy, so the page can show its label.',
  defaultSeverity: 'error',
  check(entry, context, report) {
    const known = new Set(context.taxonomy.specialties.map((specialty) => specialty.id))

    entry.specialties.forEach((id, index) => {
      if (!known.has(id)) {
        report(
          `specialties[${index}]`,
          `specialties[${index}]: '${id}' is not a specialty in the taxonomy. Pick one from the list or add it to taxonomy.json.`,
        )
      }
    })
  },
}
