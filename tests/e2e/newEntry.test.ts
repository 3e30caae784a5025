import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { type AppHarness, launchApp } from './harness'

let app: AppHarness

describe('creating an entry', () => {
  beforeAll(async () => {
    app = await launchApp({ profile: { name: 'Ana Writer', role: 'writer' } })
  })

  afterAll(async () => {
    await app?.close()
  })

  it('rejects a malformed code and shows a new entry in the list', async () => {
    const { page } = app
    await page.locator('.entry-row').first().waitFor()
    await page.getByRole('searchbox').fill('telehealth')
    await page.getByRole('button', { name: 'New entry' }).click()
    const form = page.getByRole('form', { name: 'New entry' })

    await form.getByRole('textbox', { name: 'Code' }).fill('M144')
    await form.getByRole('button', { name: 'Create' }).click()
    const rejection = await form.getByRole('alert').innerText()

    await form.getByRole('textbox', { name: 'Code' }).fill(' g0999 ')
    await form.getByRole('textbox', { name: 'Short title' }).fill('Test service')
    await form.getByRole('button', { name: 'Create' }).click()
    await page.locator('.editor-header h1', { hasText: 'G0999' }).waitFor()
    await page.locator('.entry-row', { hasText: 'G0999' }).waitFor()
    const stored = JSON.parse(
      await readFile(join(app.contentDir, 'entries', 'G0999.json'), 'utf8'),
    ) as Entry

    expect(rejection).toMatch(/Code 'M144' is not a CPT or HCPCS Level II code/)
    expect(await page.getByRole('searchbox').inputValue()).toBe('')
    expect(stored.code).toBe('G0999')
    expect(stored.title).toBe('Test service')
    expect(stored.workflow.status).toBe('draft')
    expect(stored.meta.createdBy).toBe('Ana Writer')
  })
})
