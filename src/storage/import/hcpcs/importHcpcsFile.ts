import type { ImportChange, ImportResult } from '../../../shared/api/types'
import { deriveCodeSystem } from '../../../shared/codes/codeSystem'
import { compareCodePoints } from '../../../shared/export/compareCodePoints'
import type { ContentFolder } from '../../folder/ContentFolder'
import { applyImportPlan } from '../applyImportPlan'
import type { ImportOptions } from '../ImportOptions'
import type { ImportPlan, PlannedWrite } from '../ImportPlan'
import { decodeText, readImportFile } from '../readImportFile'
import { type HcpcsRecord, parseHcpcsFile } from './parseHcpcsFile'

function terminationDetail(record: HcpcsRecord): string {
  const action = record.actionCode === '' ? '' : `, action code ${record.actionCode}`
  return `last date of service ${record.terminationDate}${action}`
}

function planRecord(
  folder: ContentFolder,
  record: HcpcsRecord,
): { changes: ImportChange[]; write: PlannedWrite | null } {
  const code = record.code
  const summary = folder.summary(code)

  if (summary !== undefined) {
    const changes: ImportChange[] = []
    if (record.terminationDate !== null) {
      changes.push({ code, kind: 'terminated', detail: terminationDetail(record) })
    }
    if (record.shortDescription !== summary.title) {
      changes.push({
        code,
        kind: 'title-changed',
        detail: `CMS short descriptor is "${record.shortDescription}"; the entry's title is "${summary.title}"`,
      })
    }
    if (changes.length === 0) {
      changes.push({ code, kind: 'unchanged', detail: 'short descriptor matches the title' })
    }

    return { changes, write: null }
  }

  if (record.terminationDate !== null) {
    return {
      changes: [
        { code, kind: 'terminated', detail: `${terminationDetail(record)}; no entry is created` },
      ],
      write: null,
    }
  }
  // Dental codes (D) are CDT codes whose descriptors the ADA owns, so none becomes a title.
  if (code.startsWith('D') || deriveCodeSystem(code) !== 'hcpcs-level-2') {
    return {
      changes: [
        {
          code,
          kind: 'no-entry',
          detail: 'not created: dental (CDT) or not an HCPCS Level II code',
        },
      ],
      write: null,
    }
  }

  return {
    changes: [{ code, kind: 'create', detail: `new draft titled "${record.shortDescription}"` }],
    write: { kind: 'create', code, title: record.shortDescription },
  }
}

/**
 * Plans an HCPCS Level II import: a draft entry for each code without one (titled with the CMS
 * short descriptor and nothing else), terminated codes flagged, and short descriptors that differ
 * from an existing entry's title reported. Titles of existing entries are never changed.
 */
export function planHcpcsImport(
  folder: ContentFolder,
  records: readonly HcpcsRecord[],
): Omit<ImportPlan, 'preview'> & { changes: ImportChange[] } {
  const changes: ImportChange[] = []
  const writes: PlannedWrite[] = []

  for (const record of records) {
    if (record.kind !== 'procedure') continue
    const planned = planRecord(folder, record)
    changes.push(...planned.changes)
    if (planned.write !== null) writes.push(planned.write)
  }

  return {
    changes: changes.sort((a, b) => compareCodePoints(a.code, b.code)),
    writes,
    afterWrites: [],
  }
}

/** Reads the HCPCS year from the file name (HCPC2020_ANWEB...) or from the disclaimer text. */
export function detectHcpcsYear(fileName: string, text: string): string | null {
  const named = /HCPCS?[_ -]?(\d{4})/i.exec(fileName)
  if (named?.[1] !== undefined) return named[1]

  return /\b(20\d{2}) HCPCS\b/.exec(text.slice(0, 2_000))?.[1] ?? null
}

/**
 * Imports the CMS HCPCS Level II annual file (fixed width, Windows-1252, optionally gzipped). A
 * dry run returns the same result with `applied: 0` and writes nothing.
 */
export async function importHcpcsFile(
  folder: ContentFolder,
  path: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  options.onProgress?.({ phase: 'reading', done: 0, total: 1 })
  const file = await readImportFile(path)
  const text = decodeText(file.bytes)
  const parsed = parseHcpcsFile(text)
  options.onProgress?.({ phase: 'reading', done: 1, total: 1 })

  const year = detectHcpcsYear(file.name, text)
  const planned = planHcpcsImport(folder, parsed.rows)
  const plan: ImportPlan = {
    preview: {
      kind: 'hcpcs',
      source: file.name,
      release: year === null ? null : `HCPCS ${year}`,
      changes: planned.changes,
      rowProblems: parsed.rowProblems,
    },
    writes: planned.writes,
    afterWrites: [],
  }
  if (options.dryRun === true) return { ...plan.preview, applied: 0 }

  return applyImportPlan(folder, plan, options)
}
