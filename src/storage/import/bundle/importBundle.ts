import type { ImportChange, ImportResult, ImportRowProblem } from '../../../shared/api/types'
import { CodeDeskError } from '../../../shared/errors'
import { compareCodePoints } from '../../../shared/export/compareCodePoints'
import { entrySchema } from '../../../shared/model/entry'
import type { Category, Specialty, Taxonomy } from '../../../shared/model/taxonomy'
import type { ContentFolder } from '../../folder/ContentFolder'
import { historyOf } from '../../history/HistoryStore'
import type { ImportOptions } from '../ImportOptions'
import { entryFromDocument } from './entryFromDocument'
import { htmlToRichText } from './htmlToRichText'
import { readBundle } from './readBundle'

/**
 * Adds the bundle's categories and specialties that the folder's taxonomy lacks, so imported
 * entries keep their category labels and billing text. Existing ones are left as they are.
 */
function mergeTaxonomy(
  taxonomy: Taxonomy,
  index: Awaited<ReturnType<typeof readBundle>>['index'],
): Taxonomy | null {
  const categoryIds = new Set(taxonomy.categories.map((category) => category.id))
  const specialtyIds = new Set(taxonomy.specialties.map((specialty) => specialty.id))
  const categories: Category[] = index.categories
    .filter((category) => !categoryIds.has(category.id))
    .map((category) => ({
      id: category.id,
      label: category.label,
      codeSystem: category.codeSystem,
      match: category.match,
      billing: htmlToRichText(category.billing.html),
      documentation: htmlToRichText(category.documentation.html),
    }))
  const specialties: Specialty[] = index.specialties.filter(
    (specialty) => !specialtyIds.has(specialty.id),
  )
  if (categories.length === 0 && specialties.length === 0) return null

  return {
    ...taxonomy,
    categories: [...taxonomy.categories, ...categories],
    specialties: [...taxonomy.specialties, ...specialties],
  }
}

/**
 * Reads an exported JSON bundle into a content folder. Codes without an entry become published
 * entries, with an approved snapshot in their history when the bundle names a reviewer. Existing
 * entries are left as they are and reported. A dry run writes nothing.
 */
export async function importBundle(
  folder: ContentFolder,
  directory: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  options.onProgress?.({ phase: 'reading', done: 0, total: 1 })
  const bundle = await readBundle(directory)
  options.onProgress?.({ phase: 'reading', done: 1, total: 1 })

  const now = options.now ?? new Date()
  const actor = options.actor ?? 'codedesk import'
  const changes: ImportChange[] = []
  const rowProblems: ImportRowProblem[] = []
  const creates: Array<{
    entry: ReturnType<typeof entryFromDocument>
    reviewer: string | null
    reviewedAt: string | null
  }> = []

  bundle.documents.forEach(({ file, document }, position) => {
    if (folder.has(document.code)) {
      changes.push({
        code: document.code,
        kind: 'unchanged',
        detail: 'an entry exists and is left as it is',
      })
      return
    }

    const parsed = entrySchema.safeParse(
      entryFromDocument(document, { version: bundle.manifest.version, actor, now }),
    )
    if (!parsed.success) {
      // A bundle has one code per file: the line is the code's position in index.json.
      rowProblems.push({
        line: position + 1,
        reason: `${file}: ${parsed.error.issues[0]?.message ?? 'invalid code file'}`,
      })
      return
    }
    changes.push({
      code: document.code,
      kind: 'create',
      detail: `published entry from bundle ${bundle.manifest.version}`,
    })
    creates.push({
      entry: parsed.data,
      reviewer: document.review.reviewer,
      reviewedAt: document.review.reviewedAt,
    })
  })

  const preview = {
    kind: 'bundle' as const,
    source: directory,
    release: bundle.manifest.rvuRelease,
    changes: changes.sort((a, b) => compareCodePoints(a.code, b.code)),
    rowProblems,
  }
  if (options.dryRun === true) return { ...preview, applied: 0 }
  if (folder.readOnlyReason !== null) {
    throw new CodeDeskError(
      'read-only',
      `Content folder ${folder.folder} is read-only, so nothing was imported: ${folder.readOnlyReason}`,
    )
  }

  const taxonomy = mergeTaxonomy(folder.taxonomy, bundle.index)
  if (taxonomy !== null) await folder.saveTaxonomy(taxonomy)

  const history = historyOf(folder)
  let applied = 0
  options.onProgress?.({ phase: 'writing', done: 0, total: creates.length })
  for (const { entry, reviewer, reviewedAt } of creates) {
    await history.withEntryLock(entry.code, async () => {
      if (reviewer !== null && reviewedAt !== null) {
        await history.update(entry.code, (current) => ({
          ...current,
          revisions: [
            ...current.revisions,
            {
              revision: entry.workflow.revision,
              author: actor,
              reviewer,
              approvedAt: reviewedAt,
              comment: `Imported from bundle ${bundle.manifest.version}.`,
              entry,
            },
          ],
        }))
      }
      await folder.write(entry, { actor, expectedUpdatedAt: null, now })
    })

    applied++
    if (applied % 100 === 0 || applied === creates.length) {
      options.onProgress?.({ phase: 'writing', done: applied, total: creates.length })
    }
  }
  options.onProgress?.({ phase: 'done', done: applied, total: creates.length })

  return { ...preview, applied }
}
