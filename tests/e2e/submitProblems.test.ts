import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppHarness, launchApp } from './harness'

let app: AppHarness

describe('submitting an incomplete draft', () => {
  beforeAll(async () => {
    app = await launchApp({ profile: { name: 'Ana Writer', role: 'writer' } })
  })

  afterAll(async () => {
    await app?.close()
  })

  it('lists the blocking problems and focuses their fields', async () => {
    const { page } = app
    // M1425 is a sample draft without FAQs or plain-language text.
    await page.getByRole('searchbox').fill('M1425')
    await page.locator('.editor-header h1', { hasText: 'M1425' }).waitFor()

    await page.getByRole('button', { name: 'Submit for review' }).click()
    const alert = page.locator('.entry-review-bar [role="alert"]')
    await alert.locator('.submit-problems li').first().waitFor()
    const items = await alert.locator('.submit-problems li').allInnerTexts()
    await app.screenshot('submit-problems')

    expect(await alert.locator('p').innerText()).toMatch(
      /^M1425 cannot be submitted yet: fix \d+ problems? first\.$/,
    )
    expect(items.length).toBeGreaterThan(0)
    expect(items.join('\n')).not.toContain('is in-review')

    const faqProblem = alert.locator('.submit-problems button', { hasText: /^faqs:/ })
    await faqProblem.click()
    const focusedField = await page.evaluate(
      () => document.activeElement?.closest('[data-field]')?.getAttribute('data-field') ?? null,
    )

    expect(focusedField).toBe('faqs')
  })

  it('clears the list once the entry is edited', async () => {
    const { page } = app
    await page.locator('[data-field="title"] input, input[data-field="title"]').first().press('End')
    await page.keyboard.type(' ')

    await expect.poll(() => page.locator('.entry-review-bar .submit-problems').count()).toBe(0)
  })
})
