import type { Rule } from '../engine'
import { normalizeTerm } from '../normalizeTerm'

const MAX_CODES_NAMED = 3

function listCodes(codes: readonly string[]): string {
  const named = codes.slice(0, MAX_CODES_NAMED).join(', ')
  const more = codes.length - MAX_CODES_NAMED

  return more > 0 ? `${named} and ${more} more` : named
}

export const synonymEmptyRule: Rule = {
  id: 'synonyms/empty',
  description: 'No synonym is empty.',
  defaultSeverity: 'error',
  check(entry, _context, report) {
    entry.synonyms.forEach((synonym, index) => {
      if (synonym.trim() === '') {
        report(
          `synonyms[${index}]`,
          `synonyms[${index}]: synonym ${index + 1} of ${entry.code} is empty. Write a lay name or remove it.`,
        )
      }
    })
  },
}

export const synonymDuplicateRule: Rule = {
  id: 'synonyms/duplicate',
  description: 'No synonym appears twice in one entry, ignoring case and spacing.',
  defaultSeverity: 'error',
  check(entry, _context, report) {
    const firstIndex = new Map<string, number>()

    entry.synonyms.forEach((synonym, index) => {
      const term = normalizeTerm(synonym)
      if (term === '') return

      const earlier = firstIndex.get(term)
      if (earlier === undefined) {
        firstIndex.set(term, index)
        return
      }
      report(
        `synonyms[${index}]`,
        `synonyms[${index}]: '${synonym}' repeats synonyms[${earlier}] ('${entry.synonyms[earlier]}'). Remove one of them.`,
      )
    })
  },
}

export const synonymTitleRule: Rule = {
  id: 'synonyms/title',
  description: "No synonym is the entry's own title.",
  defaultSeverity: 'warning',
  check(entry, _context, report) {
    const title = normalizeTerm(entry.title)
    if (title === '') return

    entry.synonyms.forEach((synonym, index) => {
      if (normalizeTerm(synonym) === title) {
        report(
          `synonyms[${index}]`,
          `synonyms[${index}]: '${synonym}' is the title of ${entry.code}, which the page already shows. Replace it with another lay name or remove it.`,
        )
      }
    })
  },
}

export const synonymSharedRule: Rule = {
  id: 'synonyms/shared',
  description: "No synonym is another entry's synonym or title, so a search for it finds one code.",
  defaultSeverity: 'warning',
  check(entry, context, report) {
    entry.synonyms.forEach((synonym, index) => {
      const term = normalizeTerm(synonym)
      if (term === '') return

      const field = `synonyms[${index}]`
      const others = (codes: ReadonlySet<string> | undefined) =>
        [...(codes ?? [])].filter((code) => code !== entry.code).sort()
      const synonymOf = others(context.folder.synonymOwners.get(term))
      const titleOf = others(context.folder.titleOwners.get(term))

      if (synonymOf.length > 0) {
        report(
          field,
          `${field}: synonym '${synonym}' of ${entry.code} is also a synonym of ${listCodes(synonymOf)}. Remove it from one of them.`,
        )
      }
      if (titleOf.length > 0) {
        report(
          field,
          `${field}: synonym '${synonym}' of ${entry.code} is the title of ${listCodes(titleOf)}. Use a name that points to ${entry.code} alone.`,
        )
      }
    })
  },
}
