import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppHarness, launchApp } from './harness'

const WRONG_SYSTEM = ' This CPT code is reported once per visit.'
const ANSWER_FIELD = 'faqs[0].answer'
// Fields with an element of their own in the editor, unlike `code` or `rvu.release`.
const EDITABLE_FIELD =
  /^(title|summary|plainLanguage|clinicalContext|synonyms\[\d+\]|faqs\[\d+\]\.(question|answer))$/

let app: AppHarness

/** Returns the data-field of the field that contains the focused element, or null. */
async function focusedField(): Promise<{ field: string | null; editable: boolean }> {
  return app.page.evaluate(() => {
    const active = document.activeElement
    return {
      field: active?.closest('[data-field]')?.getAttribute('data-field') ?? null,
      editable: active?.getAttribute('contenteditable') === 'true',
    }
  })
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

describe('problems in the editor', () => {
  it('shows and focuses a typed problem', async () => {
    const { page } = app
    await page.locator('.entry-row').first().waitFor()
    await page.getByRole('searchbox').fill('M1440')
    await page.locator('#entry-option-M1440').click()
    await page.locator('.editor-header h1', { hasText: 'M1440' }).waitFor()

    // Type a phrase that calls the HCPCS code M1440 a CPT code into the first FAQ answer.
    const answer = page.locator(`[data-field="${ANSWER_FIELD}"] .ProseMirror`)
    await answer.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(WRONG_SYSTEM)

    const atField = page.locator(
      `[data-field="${ANSWER_FIELD}"] .field-problem[data-rule="terminology/code-system"]`,
    )
    await atField.waitFor()
    const inPanel = page.locator(
      `.problems-panel button.problem-button[data-problem-field="${ANSWER_FIELD}"]`,
      { hasText: 'This CPT code' },
    )
    await inPanel.waitFor()
    await app.screenshot('problems-at-field')

    expect(await atField.textContent()).toBe(
      "Error 'This CPT code' calls M1440 a CPT code, but M1440 is an HCPCS Level II code. Call it an HCPCS code.",
    )
    expect(await inPanel.locator('.severity-label').textContent()).toBe('Error')

    // Move the focus away, then back through the panel.
    await page.locator('[data-field="title"] input').focus()
    expect((await focusedField()).field).toBe('title')
    await inPanel.click()

    expect(await focusedField()).toEqual({ field: ANSWER_FIELD, editable: true })
  })

  it('clears the problem once the phrase is corrected', async () => {
    const { page } = app
    const answer = page.locator(`[data-field="${ANSWER_FIELD}"] .ProseMirror`)
    await answer.click()
    await page.keyboard.press('Control+End')
    for (let index = 0; index < WRONG_SYSTEM.length; index++) await page.keyboard.press('Backspace')

    await page
      .locator(`[data-field="${ANSWER_FIELD}"] .field-problem[data-rule="terminology/code-system"]`)
      .waitFor({ state: 'detached' })
    await page.locator('.save-text', { hasText: 'Saved' }).waitFor({ timeout: 15_000 })
  })

  it('lists folder problems and opens the entry of one', async () => {
    const { page } = app
    await page.getByRole('tab', { name: 'Whole folder' }).click()
    await page.getByRole('button', { name: 'Check the whole folder' }).click()

    // Any problem of another entry will do, so the test does not depend on the sample's wording.
    const buttons = page.locator('.problems-panel button.problem-button')
    await buttons.first().waitFor()
    const targets = await buttons.evaluateAll((elements) =>
      elements.map((element) => ({
        code: element.querySelector('.problem-code')?.textContent ?? '',
        field: element.getAttribute('data-problem-field') ?? '',
      })),
    )
    const index = targets.findIndex(
      (target) => target.code !== 'M1440' && EDITABLE_FIELD.test(target.field),
    )
    const target = targets[index]
    expect(target).toBeDefined()

    await buttons.nth(index).click()
    await page.locator('.editor-header h1', { hasText: target?.code ?? '' }).waitFor()
    await page.waitForFunction(
      (expected) =>
        document.activeElement?.closest('[data-field]')?.getAttribute('data-field') === expected,
      target?.field ?? '',
    )
    await app.screenshot('problems-folder')

    expect((await focusedField()).field).toBe(target?.field)
    expect(app.consoleErrors).toEqual([])
  })
})
