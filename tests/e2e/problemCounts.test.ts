import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { makeEntry, measurementRvu } from '../helpers/entryFactory'
import {
  type HeldFeeSchedule,
  holdFeeSchedule,
  sampleFeeSchedule,
} from '../helpers/holdFeeSchedule'
import { makeTempFolder } from '../helpers/tempFolder'
import { type AppHarness, launchApp } from './harness'

const BUNDLED_CONTENT = join(import.meta.dirname, '..', '..', 'content')
const PENDING_LABEL = 'Checking…'

// Every entry has the RVU data of a code that the held fee schedule lists, so RVU rules pass.
function entry(code: string, overrides: Partial<Entry>): Entry {
  return makeEntry(code, { rvu: measurementRvu(), ...overrides })
}

// Each entry's problems under the bundled workspace settings, as the list shows them at the end.
const ENTRIES: Array<{ entry: Entry; label: string }> = [
  { entry: entry('M1426', { synonyms: ['lay name of M1426'] }), label: '' },
  // A title longer than the maximum, and a synonym repeated in other case.
  {
    entry: entry('M1440', { title: 'x'.repeat(60), synonyms: ['dup', 'DUP'] }),
    label: '2 errors',
  },
  // M1441 and M1442 share a synonym, which is a warning on each.
  { entry: entry('M1441', { synonyms: ['shared name'] }), label: '1 warning' },
  { entry: entry('M1442', { synonyms: ['Shared Name'] }), label: '1 warning' },
]

/** The problem label of every row, keyed by the row's element id. */
type RowLabels = Record<string, string>

declare global {
  interface Window {
    rowLabelHistory?: RowLabels[]
  }
}

let source: { path: string; remove: () => Promise<void> }
let feeSchedule: HeldFeeSchedule | null = null
let app: AppHarness

/** Writes a content folder with the bundled settings and the entries of ENTRIES. */
async function writeSourceFolder(folder: string): Promise<void> {
  await mkdir(join(folder, 'entries'))
  for (const name of ['taxonomy.json', 'workspace.json']) {
    await copyFile(join(BUNDLED_CONTENT, name), join(folder, name))
  }
  for (const { entry } of ENTRIES) {
    const path = join(folder, 'entries', `${entry.code}.json`)
    await writeFile(path, `${JSON.stringify(entry, null, 2)}\n`)
  }
}

/**
 * Records the problem label of every entry row each time the page changes, from before the app
 * starts, so that a state shown for a moment is recorded too.
 */
function recordRowLabels(): void {
  const history: RowLabels[] = []
  window.rowLabelHistory = history

  new MutationObserver(() => {
    const rows = document.querySelectorAll('.entry-row')
    if (rows.length === 0) return

    const labels: RowLabels = {}
    for (const row of rows) labels[row.id] = row.querySelector('.problem-count')?.textContent ?? ''
    if (JSON.stringify(labels) !== JSON.stringify(history.at(-1))) history.push(labels)
  }).observe(document, { subtree: true, childList: true, characterData: true })
}

/** Returns the labels one row showed, in order, with repeats dropped. */
function labelsOf(history: RowLabels[], code: string): string[] {
  const sequence: string[] = []
  for (const labels of history) {
    const label = labels[`entry-option-${code}`]
    if (label !== undefined && label !== sequence.at(-1)) sequence.push(label)
  }

  return sequence
}

beforeAll(async () => {
  source = await makeTempFolder('codedesk-counts-')
  await writeSourceFolder(source.path)
  app = await launchApp({
    contentSource: source.path,
    profile: { name: 'Ana Writer', role: 'writer' },
    open: false,
    // The background validation waits on the fee schedule until the test releases it.
    prepareContent: async (contentDir) => {
      feeSchedule = await holdFeeSchedule(
        contentDir,
        sampleFeeSchedule(ENTRIES.map(({ entry }) => entry.code)),
      )
    },
  })
  await app.page.addInitScript(recordRowLabels)
  await app.page.goto(app.url, { waitUntil: 'load' })
})

afterAll(async () => {
  await feeSchedule?.release()
  await app?.close()
  await source?.remove()
})

describe('entry list problem counts', () => {
  it('shows counts as pending while validating', async () => {
    const { page } = app
    await page.locator('.entry-row').first().waitFor()
    await page.locator('.list-summary', { hasText: 'Counting problems' }).waitFor()
    await app.screenshot('entry-list-counts-pending')

    const labels = await page.locator('.entry-row .problem-count').allTextContents()

    expect(labels).toEqual(ENTRIES.map(() => PENDING_LABEL))
  })

  it('fills in the real counts by itself', async () => {
    const { page } = app
    await feeSchedule?.release()

    await page.locator('#entry-option-M1440 .problem-count', { hasText: '2 errors' }).waitFor()
    await page
      .locator('.list-summary', { hasText: 'Counting problems' })
      .waitFor({ state: 'detached' })
    await app.screenshot('entry-list-counts-final')
    const history = (await page.evaluate(() => window.rowLabelHistory)) ?? []

    for (const { entry, label } of ENTRIES) {
      expect(labelsOf(history, entry.code), entry.code).toEqual([PENDING_LABEL, label])
    }
    expect(await page.locator('.problem-count.is-pending').count()).toBe(0)
    expect(app.consoleErrors).toEqual([])
  })
})
