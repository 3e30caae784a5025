import type { Taxonomy } from '../model/taxonomy'
import { renderText } from '../page/buildCodePage'
import type { BundleIndex, CodeDocument } from './bundleFormat'
import { BUNDLE_FORMAT_VERSION } from './bundleFormat'

/**
 * Builds `index.json` from the exported code files (sorted by code) and the taxonomy. Only the
 * categories and specialties that an exported code uses are listed.
 */
export function buildBundleIndex(
  documents: readonly CodeDocument[],
  taxonomy: Taxonomy,
  codeFile: (code: string) => string,
): BundleIndex {
  const usedCategories = new Set(documents.map((document) => document.category.id))
  const usedSpecialties = new Set(
    documents.flatMap((document) => document.specialties.map((specialty) => specialty.id)),
  )

  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    codes: documents.map((document) => ({
      code: document.code,
      codeSystem: document.codeSystem,
      path: document.path,
      title: document.title,
      category: document.category.id,
      synonyms: document.synonyms,
      specialties: document.specialties.map((specialty) => specialty.id),
      metaDescription: document.metaDescription,
      file: codeFile(document.code),
    })),
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
