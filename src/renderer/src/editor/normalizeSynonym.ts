/** Folds case and runs of white space, so "Virtual  Visit" and "virtual visit" are one synonym. */
export function normalizeSynonym(synonym: string): string {
  return synonym.trim().replace(/\s+/g, ' ').toLowerCase()
}
