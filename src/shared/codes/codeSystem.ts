/** The four code sets a reference page can describe. */
export type CodeSystem = 'cpt-category-1' | 'cpt-category-2' | 'cpt-category-3' | 'hcpcs-level-2'

export const CODE_SYSTEMS: readonly CodeSystem[] = [
  'cpt-category-1',
  'cpt-category-2',
  'cpt-category-3',
  'hcpcs-level-2',
]

const CODE_PATTERNS: ReadonlyArray<[CodeSystem, RegExp]> = [
  ['cpt-category-1', /^\d{5}$/],
  ['cpt-category-2', /^\d{4}F$/],
  ['cpt-category-3', /^\d{4}T$/],
  ['hcpcs-level-2', /^[A-Z]\d{4}$/],
]

/** Display names as the public page and its FAQs use them. */
export const CODE_SYSTEM_LABELS: Record<CodeSystem, string> = {
  'cpt-category-1': 'CPT Category I',
  'cpt-category-2': 'CPT Category II',
  'cpt-category-3': 'CPT Category III',
  'hcpcs-level-2': 'HCPCS Level II',
}

/** Trims and upper-cases a code, so `m1440 ` and `M1440` name the same entry. */
export function normalizeCode(code: string): string {
  return code.trim().toUpperCase()
}

/**
 * Derives the code system from the code's format, or returns null when the code fits none.
 * CPT Category I is five digits, Category II four digits and F, and Category III four digits and
 * T. HCPCS Level II is a letter and four digits.
 */
export function deriveCodeSystem(code: string): CodeSystem | null {
  const normalized = normalizeCode(code)

  for (const [system, pattern] of CODE_PATTERNS) {
    if (pattern.test(normalized)) return system
  }

  return null
}

/** Returns the family name a writer uses in prose: "CPT" or "HCPCS". */
export function codeFamily(system: CodeSystem): 'CPT' | 'HCPCS' {
  return system === 'hcpcs-level-2' ? 'HCPCS' : 'CPT'
}
