import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppHarness, launchApp } from './harness'

let app: AppHarness

async function showScreen(page: Page, name: 'Entries' | 'Review'): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name }).click()
}

async function openReview(page: Page, code: string): Promise<void> {
  await showScreen(page, 'Review')
  await page.locator(`.queue-item[data-code="${code}"]`).click()
  await page.locator('.entry-review-head h1', { hasText: code }).waitFor()
  await page.locator('[data-diff-field]').first().waitFor()
}

function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''))
}

beforeAll(async () => {
  // One person in both roles: writes the FAQ swap and then reads its diff.
  app = await launchApp({
    profile: { name: 'Bo Both', role: 'both' },
    viewport: { width: 1440, height: 900 },
  })
})

afterAll(async () => {
  await app?.close()
})

describe('review diff', () => {
  it('labels every field of a first revision added', async () => {
    const { page } = app
    await openReview(page, 'M1422')

    const rowLabels = await texts(page, '[data-diff-field] .diff-row-label')
    const shownLabels = new Set(rowLabels.filter((label) => label !== ''))
    const itemStates = new Set(await texts(page, '[data-diff-field] .diff-item-state'))
    await app.screenshot('review-diff-first-revision')

    expect([...shownLabels]).toEqual(['Added'])
    expect([...itemStates]).toEqual(['added'])
    expect(await page.locator('[data-diff-field="title"] .row-insert').count()).toBe(1)
    expect(await page.locator('[data-diff-field="rvu"] .row-insert').count()).toBe(1)
  })

  it('shows the category by its label', async () => {
    const category = app.page.locator('[data-diff-field="category"]')

    const newSide = await category.locator('.diff-new').innerText()

    expect(newSide).toBe('M Codes')
    expect(await category.innerText()).not.toContain('hcpcs-m')
  })

  it('shows both moves of swapped FAQs', async () => {
    const { page } = app
    await showScreen(page, 'Entries')
    await page.getByRole('searchbox').fill('M1440')
    await page.locator('.editor-header h1', { hasText: 'M1440' }).waitFor()
    await page.getByRole('button', { name: 'Move FAQ 1 down' }).click()
    await page.locator('.save-text', { hasText: 'Saved' }).waitFor({ timeout: 15_000 })
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.locator('.entry-review-bar', { hasText: 'Waiting for a reviewer' }).waitFor()

    await openReview(page, 'M1440')
    const states = await texts(page, '[data-diff-field="faqs"] .diff-item-state')
    await app.screenshot('review-diff-faq-swap')

    expect(states).toEqual([
      'moved from position 2 to 1',
      'moved from position 1 to 2',
      'unchanged',
    ])
    expect(app.consoleErrors).toEqual([])
  })

  it('names the positions of a moved synonym', async () => {
    const { page } = app
    await showScreen(page, 'Entries')
    await page.getByRole('searchbox').fill('M1224')
    await page.locator('.editor-header h1', { hasText: 'M1224' }).waitFor()
    await page.getByRole('button', { name: 'Remove synonym eye pressure goal not met' }).click()
    await page.getByPlaceholder('Add a synonym').fill('eye pressure goal not met')
    await page.getByPlaceholder('Add a synonym').press('Enter')
    await page.locator('.save-text', { hasText: 'Saved' }).waitFor({ timeout: 15_000 })
    await page.getByRole('button', { name: 'Submit for review' }).click()
    await page.locator('.entry-review-bar', { hasText: 'Waiting for a reviewer' }).waitFor()

    await openReview(page, 'M1224')
    const states = await texts(page, '[data-diff-field="synonyms"] .diff-item-state')

    expect(states).toContain('moved from position 1 to 2')
    expect(app.consoleErrors).toEqual([])
  })
})
