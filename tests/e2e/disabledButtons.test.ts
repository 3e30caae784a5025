import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AppHarness, launchApp } from './harness'

// The button colour of an enabled primary button, --accent in base.css.
const ACCENT = 'rgb(35, 87, 198)'

let app: AppHarness

interface ButtonLook {
  background: string
  color: string
  cursor: string
  opacity: string
}

function lookOf(button: Locator): Promise<ButtonLook> {
  return button.evaluate((element) => {
    const style = getComputedStyle(element)
    return {
      background: style.backgroundColor,
      color: style.color,
      cursor: style.cursor,
      opacity: style.opacity,
    }
  })
}

function luminance(rgb: string): number {
  const channels = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number)
  const [red, green, blue] = channels.map((value) => {
    const unit = value / 255
    return unit <= 0.03928 ? unit / 12.92 : ((unit + 0.055) / 1.055) ** 2.4
  })

  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!
}

/** Returns the WCAG 2 contrast ratio of two opaque `rgb(...)` colours. */
function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a)
  return (light! + 0.05) / (dark! + 0.05)
}

async function expectLooksDisabled(button: Locator): Promise<void> {
  const look = await lookOf(button)

  expect(await button.isDisabled()).toBe(true)
  expect(look.background).not.toBe(ACCENT)
  expect(look.cursor).toBe('not-allowed')
  expect(look.opacity).toBe('1')
  expect(contrast(look.color, look.background)).toBeGreaterThanOrEqual(4.5)
}

async function showScreen(page: Page, name: 'Entries' | 'Review' | 'Publish'): Promise<void> {
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name }).click()
}

beforeAll(async () => {
  // Luis Ortega wrote the last change of M1422, so the four-eyes rule blocks his approval.
  app = await launchApp({
    profile: { name: 'Luis Ortega', role: 'reviewer' },
    viewport: { width: 1440, height: 900 },
  })
})

afterAll(async () => {
  await app?.close()
})

describe('disabled buttons', () => {
  it('shows why a reviewer cannot submit', async () => {
    const { page } = app
    await page.getByRole('searchbox').fill('M1423')
    await page.locator('.editor-header h1', { hasText: 'M1423' }).waitFor()
    const submit = page.getByRole('button', { name: 'Submit for review' })

    const reasonId = await submit.getAttribute('aria-describedby')
    const reason = page.locator(`[id="${reasonId}"]`)
    await app.screenshot('disabled-submit-reviewer')

    await expectLooksDisabled(submit)
    expect(await reason.isVisible()).toBe(true)
    expect(await reason.innerText()).toContain('Luis Ortega has the reviewer role')
  })

  it('greys out a secondary button as it does a primary one', async () => {
    const { page } = app
    await page.getByRole('searchbox').fill('M1440')
    await page.locator('.editor-header h1', { hasText: 'M1440' }).waitFor()
    const moveUp = page.getByRole('button', { name: 'Move FAQ 1 up' })

    await expectLooksDisabled(moveUp)
  })

  it('greys out Approve under the four-eyes rule', async () => {
    const { page } = app
    await showScreen(page, 'Review')
    await page.locator('.queue-item[data-code="M1422"]').click()
    const approve = page.getByRole('button', { name: 'Approve revision 1' })
    await approve.waitFor()
    await app.screenshot('disabled-approve-four-eyes')

    await expectLooksDisabled(approve)
  })

  it('keeps an allowed Approve in the accent colour', async () => {
    const { page } = app
    await page.locator('.queue-item[data-code="G0442"]').click()
    await page.locator('.entry-review-head h1', { hasText: 'G0442' }).waitFor()
    const approve = page.getByRole('button', { name: 'Approve revision 1' })

    const look = await lookOf(approve)

    expect(await approve.isDisabled()).toBe(false)
    expect(look.background).toBe(ACCENT)
    expect(look.cursor).toBe('pointer')
  })

  it('greys out Export and Apply on Publish', async () => {
    const { page } = app
    await showScreen(page, 'Publish')
    const exportButton = page.getByRole('button', { name: 'Export', exact: true })
    const apply = page.getByRole('button', { name: 'Apply', exact: true })
    await exportButton.waitFor()
    await app.screenshot('disabled-publish')

    await expectLooksDisabled(exportButton)
    await expectLooksDisabled(apply)
    expect(app.consoleErrors).toEqual([])
  })
})
