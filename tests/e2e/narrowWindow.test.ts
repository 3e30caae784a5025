import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppHarness, launchApp } from './harness'

// Below this editor width the title input cuts its own text and the field labels wrap.
const MIN_EDITOR_WIDTH = 440

let app: AppHarness

async function widthOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox()
  if (box === null) throw new Error(`${locator.toString()} is not shown, so it has no width.`)

  return box.width
}

/** Returns whether an element's content is wider than its box, as when text is cut. */
function overflows(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.scrollWidth > element.clientWidth)
}

/** Returns how many lines an element's text takes. */
function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight)
    return Math.round(element.getBoundingClientRect().height / lineHeight)
  })
}

async function openEntry(page: Page, code: string): Promise<void> {
  await page.getByRole('searchbox').fill(code)
  await page.locator('.editor-header h1', { hasText: code }).waitFor()
}

beforeAll(async () => {
  app = await launchApp({
    profile: { name: 'Ana Writer', role: 'writer' },
    viewport: { width: 1440, height: 900 },
  })
})

afterAll(async () => {
  await app?.close()
})

describe('editor layout by window width', () => {
  it('shows the preview at 1440 px', async () => {
    const { page } = app
    // G0442's title has the full 28 characters CMS allows.
    await openEntry(page, 'G0442')

    const preview = page.getByRole('complementary', { name: 'Page preview' })
    await preview.waitFor()
    await app.screenshot('editor-1440')

    expect(await widthOf(page.locator('.editor-pane'))).toBeGreaterThan(600)
    expect(await widthOf(preview)).toBeGreaterThan(400)
    expect(await overflows(page.locator('#entry-title'))).toBe(false)
  })

  it('fits the editor at 1024 px', async () => {
    const { page } = app
    await page.setViewportSize({ width: 1024, height: 700 })
    const preview = page.getByRole('complementary', { name: 'Page preview' })
    await preview.waitFor({ state: 'detached' })
    await app.screenshot('editor-1024')

    expect(await widthOf(page.locator('.editor-pane'))).toBeGreaterThanOrEqual(MIN_EDITOR_WIDTH)
    expect(await overflows(page.locator('.editor-header h1'))).toBe(false)
    expect(await overflows(page.locator('#entry-title'))).toBe(false)
    for (const label of await page.locator('.entry-fields .field-label').all()) {
      expect(await lineCount(label), await label.innerText()).toBe(1)
    }
  })

  it('keeps the editor usable with the preview opened at 1024 px', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Preview', exact: true }).click()
    const preview = page.getByRole('complementary', { name: 'Page preview' })
    await preview.waitFor()
    await app.screenshot('editor-1024-preview')

    expect(await widthOf(page.locator('.editor-pane'))).toBeGreaterThanOrEqual(MIN_EDITOR_WIDTH)
    expect(await overflows(page.locator('.editor-header h1'))).toBe(false)
    expect(await overflows(page.locator('#entry-title'))).toBe(false)
    expect(app.consoleErrors).toEqual([])
  })
})
