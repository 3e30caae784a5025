import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppHarness, launchApp } from './harness'

let app: AppHarness

declare global {
  interface Window {
    saveTexts?: string[]
  }
}

describe('opening an entry', () => {
  beforeAll(async () => {
    app = await launchApp({
      profile: { name: 'Ana Writer', role: 'writer' },
      viewport: { width: 1440, height: 900 },
    })
  })

  afterAll(async () => {
    await app?.close()
  })

  it('shows Saved without saving', async () => {
    const { page } = app
    const path = join(app.contentDir, 'entries', 'M1440.json')
    const before = await readFile(path, 'utf8')
    // Records every text the save status shows, however briefly.
    await page.evaluate(() => {
      window.saveTexts = []
      new MutationObserver(() => {
        for (const element of document.querySelectorAll('.save-text')) {
          window.saveTexts?.push(element.textContent ?? '')
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })

    for (const code of ['M1440', 'G0439', 'M1440']) {
      await page.getByRole('searchbox').fill(code)
      await page.locator('.editor-header h1', { hasText: code }).waitFor()
      await page.locator('.save-text', { hasText: 'Saved' }).waitFor()
      // Longer than the autosave delay, so a save the opening scheduled would have started.
      await page.waitForTimeout(1_200)
    }
    const statusTexts = await page.evaluate(() => window.saveTexts ?? [])

    expect(statusTexts).toContain('Saved')
    expect(statusTexts.filter((text) => text !== 'Saved')).toEqual([])
    expect(await readFile(path, 'utf8')).toBe(before)
  })
})
