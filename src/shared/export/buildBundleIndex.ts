import type { Taxonomy } from '../model/taxonomy'
import { renderText } from '../page/buildCodePage'
import type { BundleIndex, CodeDocument, IndexEntry } from './bundleFormat'
import { BUNDLE_FORMAT_VERSION } from './bundleFormat'

/** Builds a code's row of `index.json` from its code file and the file's bundle path. */
export function indexEntryOf(document: CodeDocument, file: string): IndexEntry {
  return {
    code: document.code,
    codeSystem: document.codeSystem,
    path: document.path,
    title: document.title,
    category: document.category.id,
    synonyms: document.synonyms,
    specialties: document.specialties.map((specialty) => specialty.id),
    metaDescription: document.metaDescription,
    file,
  }
}

/**
 * Builds `index.json` from the rows of the exported codes (sorted by code) and the taxonomy. Only
 * the categories and specialties that an exported code uses are listed.
 */
export function buildBundleIndex(rows: readonly IndexEntry[], taxonomy: Taxonomy): BundleIndex {
  const usedCategories = new Set(rows.map((row) => row.category))
  const usedSpecialties = new Set(rows.flatMap((row) => row.specialties))

  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    codes: [...rows],
    categories: taxonomy.categories
      .filter((category) => usedCategories.has(category.id))
      .map((category) => ({
        id: category.id,
        label: category.label,
        codeSystem: category.codeSystem,
        match: category.match,
        billing: renderText(category.billing),
        documentation: renderText(category.documentation),
      })),
    specialties: taxonomy.specialties
      .filter((specialty) => usedSpecialties.has(specialty.id))
      .map((specialty) => ({ id: specialty.id, label: specialty.label })),
  }
}
