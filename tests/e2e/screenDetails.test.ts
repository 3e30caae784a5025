import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppHarness, launchApp } from './harness'

let app: AppHarness

async function leftOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  if (box === null) throw new Error(`${locator.toString()} is not shown, so it has no position.`)

  return box.x
}

async function showScreen(page: Page, name: 'Entries' | 'Review' | 'Publish'): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name }).click()
}

async function openEntry(page: Page, code: string): Promise<void> {
  await page.getByRole('searchbox').fill(code)
  await page.locator('.editor-header h1', { hasText: code }).waitFor()
  await page.locator('.save-text', { hasText: 'Saved' }).waitFor()
}

beforeAll(async () => {
  // Both roles, so one person can submit an entry and then review.
  app = await launchApp({
    profile: { name: 'Bo Both', role: 'both' },
    viewport: { width: 1440, height: 900 },
  })
})

afterAll(async () => {
  await app?.close()
})

describe('screen details', () => {
  it('marks no row before one is chosen', async () => {
    const { page } = app
    const firstRow = page.locator('.entry-row').first()
    await firstRow.waitFor()

    const shadow = await firstRow.evaluate((row) => getComputedStyle(row).boxShadow)

    expect(await page.locator('.entry-row.is-active').count()).toBe(0)
    expect(shadow).toBe('none')
  })

  it('still moves to the first row by keyboard', async () => {
    const { page } = app
    await page.getByRole('searchbox').focus()
    await page.keyboard.press('ArrowDown')

    const active = page.locator('.entry-row.is-active')

    expect(await active.count()).toBe(1)
    expect(await active.getAttribute('id')).toBe(
      await page.locator('.entry-row').first().getAttribute('id'),
    )
  })

  it('lines up the profile radio buttons', async () => {
    const { page } = app
    await page.locator('.profile-button').click()
    const dialog = page.getByRole('dialog')
    const name = dialog.getByText('Name', { exact: true })
    await name.waitFor()
    await app.screenshot('details-profile-radios')

    const nameLeft = await leftOf(name)
    const roleLeft = await leftOf(dialog.getByText('Role', { exact: true }))
    const radioLefts = await Promise.all(
      (await dialog.getByRole('radio').all()).map((radio) => leftOf(radio)),
    )
    // Closed before the checks, so a failure here leaves the later tests a usable screen.
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })

    expect(radioLefts).toHaveLength(3)
    for (const radioLeft of radioLefts) expect(Math.abs(radioLeft - nameLeft)).toBeLessThan(1)
    expect(Math.abs(roleLeft - nameLeft)).toBeLessThan(1)
  })

  it('lines up the export radio buttons', async () => {
    const { page } = app
    await showScreen(page, 'Publish')
    const destination = page.getByText('Destination folder', { exact: true })
    await destination.waitFor()

    const labelLeft = await leftOf(destination)
    const radioLeft = await leftOf(page.getByRole('radio', { name: /JSON bundle/ }))

    expect(Math.abs(radioLeft - labelLeft)).toBeLessThan(1)
  })

  it('names the problem count once', async () => {
    const { page } = app
    await showScreen(page, 'Entries')
    await openEntry(page, 'M1423')
    const tab = page.getByRole('tab', { name: /This entry/ })
    const tabText = async () => (await tab.innerText()).replace(/\s+/g, ' ')
    await expect.poll(tabText).toBe('This entry no problems')

    // A title over 28 characters is an error.
    await page.locator('#entry-title').press('End')
    await page.keyboard.type(' and more words')
    await page.locator('.field-problem', { hasText: 'more than the maximum' }).waitFor()
    await app.screenshot('details-problem-tab')

    expect(await tabText()).toBe('This entry 1 error')
  })

  it('says less than a minute for a fresh submission', async () => {
    const { page } = app
    await openEntry(page, 'M1222')
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.locator('.entry-review-bar', { hasText: 'Waiting for a reviewer' }).waitFor()
    await showScreen(page, 'Review')

    const item = page.locator('.queue-item[data-code="M1222"]')
    await item.waitFor()

    expect(await item.innerText()).toContain('waiting less than a minute')
  })

  it('drops the review notice after leaving the screen', async () => {
    const { page } = app
    await page.locator('.queue-item[data-code="G0442"]').click()
    await page.locator('.entry-review-head h1', { hasText: 'G0442' }).waitFor()
    await page.getByLabel('Comment', { exact: true }).fill('Say how long the screening takes.')
    await page.getByRole('button', { name: 'Request changes' }).click()
    const notice = page.locator('.review-notice')
    await notice.filter({ hasText: 'G0442 sent back to the writer.' }).waitFor()

    await showScreen(page, 'Entries')
    await showScreen(page, 'Review')
    await page.locator('.queue-item').first().waitFor()

    expect(await notice.textContent()).toBe('')
    expect(app.consoleErrors).toEqual([])
  })
})
