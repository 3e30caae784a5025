import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Profile } from '../../src/shared/api/types'
import type { Entry } from '../../src/shared/model/entry'
import type { HistoryFile } from '../../src/shared/workflow/historySchema'
import { type AppHarness, launchApp } from './harness'

const WRITER: Profile = { name: 'Ana Writer', role: 'writer' }
const REVIEWER: Profile = { name: 'Rita Reviewer', role: 'reviewer' }
const ROLE_LABELS = { writer: 'Writer', reviewer: 'Reviewer', both: 'Writer and reviewer' }
const ADDED_SENTENCE = 'Ask your doctor if you have questions.'
const FIX_SENTENCE = 'The doctor who held the video visit can answer them.'
const REVIEW_COMMENT = 'Say which doctor: the one who held the video visit.'

let app: AppHarness

async function readEntry(): Promise<Entry> {
  return JSON.parse(await readFile(join(app.contentDir, 'entries', 'M1440.json'), 'utf8')) as Entry
}

async function readHistory(): Promise<HistoryFile> {
  const path = join(app.contentDir, 'history', 'M1440.json')
  return JSON.parse(await readFile(path, 'utf8')) as HistoryFile
}

/** Changes the person at the keyboard through the profile button in the top bar. */
async function switchProfile(page: Page, profile: Profile): Promise<void> {
  await page.locator('.profile-button').click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Name').fill(profile.name)
  await dialog.getByLabel(ROLE_LABELS[profile.role], { exact: true }).check()
  await dialog.getByRole('button', { name: 'Save profile' }).click()
  await dialog.waitFor({ state: 'detached' })
  await page.locator('.profile-button', { hasText: profile.name }).waitFor()
}

async function showScreen(page: Page, name: 'Entries' | 'Review'): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name }).click()
}

/** Types a sentence at the end of the plain-language field and waits for the autosave. */
async function appendToPlainLanguage(page: Page, sentence: string): Promise<void> {
  await page.locator('[data-field="plainLanguage"] .ProseMirror').click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(` ${sentence}`)
  await page.locator('.save-text', { hasText: 'Saving…' }).waitFor()
  await page.locator('.save-text', { hasText: 'Saved' }).waitFor({ timeout: 15_000 })
}

async function openReview(page: Page): Promise<void> {
  await showScreen(page, 'Review')
  await page.locator('.queue-item[data-code="M1440"]').click()
  await page.locator('.entry-review-head h1', { hasText: 'M1440' }).waitFor()
}

beforeAll(async () => {
  app = await launchApp({ profile: WRITER, viewport: { width: 1440, height: 900 } })
})

afterAll(async () => {
  await app?.close()
})

describe('reviewing an entry', () => {
  it('writer edits and submits M1440', async () => {
    const { page } = app
    await page.getByRole('searchbox').fill('M1440')
    await page.locator('#entry-option-M1440').click()
    await page.locator('.save-text', { hasText: 'Saved' }).waitFor()

    await appendToPlainLanguage(page, ADDED_SENTENCE)
    const edited = await readEntry()
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.locator('.entry-review-bar', { hasText: 'Waiting for a reviewer' }).waitFor()

    const submitted = await readEntry()
    const history = await readHistory()
    expect(edited.workflow).toEqual({
      status: 'draft',
      revision: 2,
      approvedRevision: 1,
      publishedVersion: null,
    })
    expect(submitted.workflow.status).toBe('in-review')
    expect(submitted.meta.updatedBy).toBe('Ana Writer')
    expect(history.events.at(-1)).toMatchObject({
      action: 'submitted',
      actor: 'Ana Writer',
      revision: 2,
    })
  })

  it('reviewer sees the change and requests changes', async () => {
    const { page } = app
    await switchProfile(page, REVIEWER)
    await openReview(page)

    const plainLanguage = page.locator('[data-diff-field="plainLanguage"]')
    await expect
      .poll(() => plainLanguage.locator('ins.diff-insert').innerText())
      .toContain(ADDED_SENTENCE)
    expect(await page.locator('[data-diff-field]').count()).toBe(1)
    await app.screenshot('review-side-by-side')
    await page.getByRole('button', { name: 'Inline' }).click()
    expect(await plainLanguage.locator('.diff-cell ins.diff-insert').count()).toBeGreaterThan(0)
    await app.screenshot('review-inline')

    // By keyboard: the field's comment button, the comment, then Tab to Request changes.
    await plainLanguage.getByRole('button', { name: 'Comment on In plain language' }).focus()
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')
    expect(await page.getByLabel('Field the comment is about').inputValue()).toBe('plainLanguage')
    await page.keyboard.type(REVIEW_COMMENT)
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Request changes')
    await page.keyboard.press('Enter')
    await page.locator('.review-notice', { hasText: 'sent back to the writer' }).waitFor()

    const entry = await readEntry()
    const history = await readHistory()
    expect(entry.workflow.status).toBe('changes-requested')
    expect(entry.meta.updatedBy).toBe('Ana Writer')
    expect(history.events.at(-1)).toMatchObject({
      action: 'changes-requested',
      actor: 'Rita Reviewer',
      comment: REVIEW_COMMENT,
    })
    expect(history.comments.at(-1)).toMatchObject({
      field: 'plainLanguage',
      text: REVIEW_COMMENT,
      author: 'Rita Reviewer',
      resolvedAt: null,
    })
  })

  it('writer sees the comment at the field and resubmits', async () => {
    const { page } = app
    await switchProfile(page, WRITER)
    await showScreen(page, 'Entries')

    const comment = page.locator('[data-field="plainLanguage"] .field-comment')
    await comment.waitFor()
    expect(await comment.innerText()).toContain(REVIEW_COMMENT)
    expect(await comment.innerText()).toContain('Rita Reviewer')
    await page.locator('.entry-review-bar', { hasText: 'asked for changes' }).waitFor()
    await page.locator('#entry-option-M1440', { hasText: 'Changes requested' }).waitFor()
    await app.screenshot('review-writer-comment')

    await appendToPlainLanguage(page, FIX_SENTENCE)
    await comment.getByRole('button', { name: 'Resolve' }).click()
    await comment.waitFor({ state: 'detached' })
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.locator('.entry-review-bar', { hasText: 'Waiting for a reviewer' }).waitFor()

    const entry = await readEntry()
    const history = await readHistory()
    expect(entry.workflow.status).toBe('in-review')
    expect(entry.workflow.revision).toBe(2)
    expect(history.comments.at(-1)?.resolvedBy).toBe('Ana Writer')
    expect(history.events.at(-1)).toMatchObject({ action: 'submitted', actor: 'Ana Writer' })
  })

  it('reviewer approves the fixed revision', async () => {
    const { page } = app
    await switchProfile(page, REVIEWER)
    await openReview(page)
    await expect
      .poll(() => page.locator('[data-diff-field="plainLanguage"]').innerText())
      .toContain(FIX_SENTENCE)

    // M1440 was submitted last, so it is last in the queue and the entry before it comes next.
    const queue = await page
      .locator('.queue-item')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-code')))
    const next = queue.at(-2)
    expect(queue.at(-1)).toBe('M1440')
    expect(next).toBeDefined()

    await page.getByRole('button', { name: 'Approve revision 2' }).click()
    await page.locator('.review-notice', { hasText: 'approved' }).waitFor()
    await page.locator('.queue-item[data-code="M1440"]').waitFor({ state: 'detached' })
    await page.locator('.entry-review-head h1', { hasText: String(next) }).waitFor()
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')

    const entry = await readEntry()
    const history = await readHistory()
    const approved = history.revisions.find((revision) => revision.revision === 2)
    expect(entry.workflow).toEqual({
      status: 'approved',
      revision: 2,
      approvedRevision: 2,
      publishedVersion: null,
    })
    expect(entry.meta.updatedBy).toBe('Ana Writer')
    expect(approved?.author).toBe('Ana Writer')
    expect(approved?.reviewer).toBe('Rita Reviewer')
    expect(approved?.entry.plainLanguage).toEqual(entry.plainLanguage)
    expect(history.revisions.map((revision) => revision.revision)).toEqual([1, 2])
    expect(history.events.slice(-4).map((event) => [event.action, event.actor])).toEqual([
      ['submitted', 'Ana Writer'],
      ['changes-requested', 'Rita Reviewer'],
      ['submitted', 'Ana Writer'],
      ['approved', 'Rita Reviewer'],
    ])
  })

  it('writer restores the first revision', async () => {
    const { page } = app
    const firstRevision = (await readHistory()).revisions.find(
      (revision) => revision.revision === 1,
    )
    await switchProfile(page, WRITER)
    await showScreen(page, 'Entries')
    await page.locator('.entry-review-bar').getByRole('button', { name: 'History' }).click()

    await page.locator('.revision[data-revision="2"]').waitFor()
    await app.screenshot('review-history')
    const revisionOne = page.locator('.revision[data-revision="1"]')
    await revisionOne.getByRole('button', { name: 'Compare with current' }).click()
    await expect
      .poll(() => page.locator('[data-diff-field="plainLanguage"]').innerText())
      .toContain(FIX_SENTENCE)
    await revisionOne.getByRole('button', { name: 'Restore…' }).click()
    await revisionOne.getByRole('button', { name: 'Restore as revision 3' }).click()
    await page.locator('.review-notice', { hasText: 'restored as draft revision 3' }).waitFor()

    const entry = await readEntry()
    const history = await readHistory()
    expect(entry.workflow).toEqual({
      status: 'draft',
      revision: 3,
      approvedRevision: 2,
      publishedVersion: null,
    })
    expect(entry.plainLanguage).toEqual(firstRevision?.entry.plainLanguage)
    expect(history.events.at(-1)).toMatchObject({
      action: 'restored',
      actor: 'Ana Writer',
      revision: 3,
    })
    expect(app.consoleErrors).toEqual([])
  })
})
