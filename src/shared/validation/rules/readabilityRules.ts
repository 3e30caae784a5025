import type { GlossaryTerm } from '../../model/taxonomy'
import type { Rule } from '../engine'
import { entryRichTexts } from '../entryTexts'
import { fleschKincaidGrade } from '../readingGrade'

function plainLanguageText(entry: Parameters<Rule['check']>[0]): string {
  return entryRichTexts(entry).find((text) => text.field === 'plainLanguage')?.text ?? ''
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// The glossary is the same object on every keystroke until the taxonomy is saved again.
const glossaryPatterns = new WeakMap<readonly GlossaryTerm[], RegExp[]>()

function patternsFor(glossary: readonly GlossaryTerm[]): RegExp[] {
  let patterns = glossaryPatterns.get(glossary)
  if (patterns === undefined) {
    patterns = glossary.map(
      ({ term }) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term.trim())}(?![\\p{L}\\p{N}])`, 'iu'),
    )
    glossaryPatterns.set(glossary, patterns)
  }

  return patterns
}

export const readingGradeRule: Rule = {
  id: 'readability/grade',
  description:
    'The plain-language text reads at a Flesch-Kincaid grade of at most readingGradeWarning (warning above it, error above readingGradeError).',
  defaultSeverity: 'warning',
  check(entry, context, report) {
    const result = fleschKincaidGrade(plainLanguageText(entry))
    if (result === null) return

    const { readingGradeWarning, readingGradeError } = context.workspace.validation
    if (result.grade <= readingGradeWarning) return

    const severity = result.grade > readingGradeError ? 'error' : 'warning'
    const limit = severity === 'error' ? readingGradeError : readingGradeWarning
    report(
      'plainLanguage',
      `plainLanguage: reads at grade ${result.grade} (Flesch-Kincaid: ${result.words} words, ${result.sentences} sentences, ${result.syllables} syllables), above the limit of ${limit}. Use shorter sentences and shorter words.`,
      severity,
    )
  },
}

export const jargonRule: Rule = {
  id: 'readability/jargon',
  description:
    'The plain-language text avoids the clinical terms in the taxonomy glossary and suggests their plain words.',
  defaultSeverity: 'warning',
  check(entry, context, report) {
    const text = plainLanguageText(entry)
    if (text.trim() === '') return

    const glossary = context.taxonomy.glossary
    const patterns = patternsFor(glossary)

    glossary.forEach(({ plain }, index) => {
      const found = patterns[index]?.exec(text)
      if (found === null || found === undefined) return

      report(
        'plainLanguage',
        `plainLanguage: '${found[0]}' is clinical jargon a patient may not know. Write '${plain}' instead.`,
      )
    })
  },
}
