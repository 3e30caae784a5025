/** Folds case and runs of white space, so "Virtual  Visit" and "virtual visit" are one term. */
export function normalizeTerm(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLowerCase()
}
