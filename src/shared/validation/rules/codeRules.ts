import { CODE_SYSTEM_LABELS, deriveCodeSystem } from '../../codes/codeSystem'
import { categoryMatches } from '../../model/taxonomy'
import type { Rule } from '../engine'

export const codeFormatRule: Rule = {
  id: 'code/format',
  description: 'The code fits the format of its code system.',
  defaultSeverity: 'error',
  check(entry, _context, report) {
    const derived = deriveCodeSystem(entry.code)

    if (derived === null) {
      report(
        'code',
        `code: '${entry.code}' is not a CPT or HCPCS Level II code. Use five digits (99213), four digits and F or T (0001F, 0042T), or a letter and four digits (M1440).`,
      )
      return
    }
    if (derived !== entry.codeSystem) {
      report(
        'codeSystem',
        `codeSystem: '${entry.code}' is a ${CODE_SYSTEM_LABELS[derived]} code, not ${CODE_SYSTEM_LABELS[entry.codeSystem]}. Set the code system to ${derived}.`,
      )
    }
  },
}

export const codeCategoryRule: Rule = {
  id: 'code/category',
  description: 'The category exists in the taxonomy and covers the code.',
  defaultSeverity: 'error',
  check(entry, context, report) {
    if (entry.category === '') {
      report(
        'category',
        `category: entry ${entry.code} has no category. Pick the category that covers ${entry.code}.`,
        'warning',
      )
      return
    }

    const category = context.taxonomy.categories.find(
      (candidate) => candidate.id === entry.category,
    )
    if (category === undefined) {
      report(
        'category',
        `category: '${entry.category}' is not in the taxonomy. Pick an existing category or add it to taxonomy.json.`,
      )
      return
    }
    if (category.codeSystem !== entry.codeSystem || !categoryMatches(category, entry.code)) {
      const fitting = context.taxonomy.categories.find(
        (candidate) =>
          candidate.codeSystem === entry.codeSystem && categoryMatches(candidate, entry.code),
      )
      const hint =
        fitting === undefined
          ? 'No category in the taxonomy covers it yet.'
          : `Use '${fitting.id}' (${fitting.label}).`
      report('category', `category: '${category.label}' does not cover code ${entry.code}. ${hint}`)
    }
  },
}
