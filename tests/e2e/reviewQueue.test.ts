import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { makeEntry } from '../helpers/entryFactory'
import { makeTempFolder } from '../helpers/tempFolder'
import { type AppHarness, launchApp } from './harness'

const BUNDLED_CONTENT = join(import.meta.dirname, '..', '..', 'content')
const WRITER = 'Ana Writer'
const COMMENT = 'Name the clinician who reports the code.'

// Submitted in this order, so the queue (oldest first) differs from code order.
const SUBMISSIONS = [
  { code: 'M1440', at: '2026-03-02T09:00:00.000Z' },
  { code: 'M1426', at: '2026-03-02T10:00:00.000Z' },
  { code: 'M1441', at: '2026-03-02T11:00:00.000Z' },
]

let source: { path: string; remove: () => Promise<void> }
let app: AppHarness

function submittedEntry(code: string, at: string): Entry {
  return makeEntry(code, {
    synonyms: [`lay name of ${code}`],
    workflow: { status: 'in-review', revision: 1, approvedRevision: null, publishedVersion: null },
    meta: { createdAt: at, createdBy: WRITER, updatedAt: at, updatedBy: WRITER },
  })
}

/** Writes a content folder with the bundled settings and the submitted entries with their history. */
async function writeSourceFolder(folder: string): Promise<void> {
  await mkdir(join(folder, 'entries'))
  await mkdir(join(folder, 'history'))
  for (const name of ['taxonomy.json', 'workspace.json']) {
    await copyFile(join(BUNDLED_CONTENT, name), join(folder, name))
  }

  for (const { code, at } of SUBMISSIONS) {
    const history = {
      code,
      revisions: [],
      events: [{ action: 'submitted', actor: WRITER, at, revision: 1, comment: null }],
      comments: [],
    }
    await writeFile(
      join(folder, 'entries', `${code}.json`),
      `${JSON.stringify(submittedEntry(code, at), null, 2)}\n`,
    )
    await writeFile(
      join(folder, 'history', `${code}.json`),
      `${JSON.stringify(history, null, 2)}\n`,
    )
  }
}

async function readStatus(code: string): Promise<string> {
  const text = await readFile(join(app.contentDir, 'entries', `${code}.json`), 'utf8')
  return (JSON.parse(text) as Entry).workflow.status
}

async function queueCodes(page: Page): Promise<string[]> {
  const codes = await page
    .locator('.queue-item')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-code')))
  return codes.map(String)
}

/** Returns the focused element's tag and the review it is in, to check where the keyboard is. */
async function focusedElement(page: Page): Promise<{ tag: string | null; within: string | null }> {
  return page.evaluate(() => {
    const active = document.activeElement
    return {
      tag: active?.tagName ?? null,
      within: active?.closest('[aria-label^="Review of"]')?.getAttribute('aria-label') ?? null,
    }
  })
}

async function waitForReviewOf(page: Page, code: string): Promise<void> {
  await page.locator('.entry-review-head h1', { hasText: code }).waitFor()
}

beforeAll(async () => {
  source = await makeTempFolder('codedesk-queue-')
  await writeSourceFolder(source.path)
  app = await launchApp({
    contentSource: source.path,
    profile: { name: 'Rita Reviewer', role: 'reviewer' },
    viewport: { width: 1440, height: 900 },
  })
})

afterAll(async () => {
  await app?.close()
  await source?.remove()
})

describe('working the review queue', () => {
  it('approval moves on to the next entry', async () => {
    const { page } = app
    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('button', { name: 'Review' })
      .click()
    await page.locator('.queue-item').first().waitFor()
    expect(await queueCodes(page)).toEqual(['M1440', 'M1426', 'M1441'])

    await page.locator('.queue-item[data-code="M1426"]').click()
    await waitForReviewOf(page, 'M1426')
    await page.getByRole('textbox', { name: 'Comment' }).focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Approve revision 1',
    )
    await page.keyboard.press('Enter')

    await waitForReviewOf(page, 'M1441')
    await page.locator('.review-notice', { hasText: 'M1426 revision 1 approved.' }).waitFor()
    expect(await page.locator('.review-notice').textContent()).toBe(
      'M1426 revision 1 approved. Next in the queue: M1441.',
    )
    expect(await focusedElement(page)).toEqual({ tag: 'TEXTAREA', within: 'Review of M1441' })
    await expect.poll(() => queueCodes(page)).toEqual(['M1440', 'M1441'])
    expect(await readStatus('M1426')).toBe('approved')
  })

  it('change request on the last moves back', async () => {
    const { page } = app
    await page.keyboard.type(COMMENT)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Request changes')
    await page.keyboard.press('Enter')

    await waitForReviewOf(page, 'M1440')
    await page.locator('.review-notice', { hasText: 'M1441 sent back to the writer.' }).waitFor()
    await app.screenshot('review-queue-next')

    expect(await focusedElement(page)).toEqual({ tag: 'TEXTAREA', within: 'Review of M1440' })
    await expect.poll(() => queueCodes(page)).toEqual(['M1440'])
    expect(await readStatus('M1441')).toBe('changes-requested')
  })

  it('finishing the queue shows it empty', async () => {
    const { page } = app
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')

    const empty = page.locator('.review-empty')
    await empty.waitFor()
    await app.screenshot('review-queue-empty')

    expect(await empty.locator('h1').textContent()).toBe('The review queue is empty')
    expect(await empty.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await page.locator('.review-notice').textContent()).toBe('M1440 revision 1 approved.')
    expect(await page.locator('.review-queue').textContent()).toContain(
      'Nothing is waiting for review.',
    )
    expect(await page.locator('.queue-item').count()).toBe(0)
    expect(await readStatus('M1440')).toBe('approved')
    expect(app.consoleErrors).toEqual([])
  })
})
