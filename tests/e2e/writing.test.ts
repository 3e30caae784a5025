import { readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import type { RichTextNode } from '../../src/shared/model/richText'
import { type AppHarness, launchApp } from './harness'

const WORD_HTML = join(import.meta.dirname, '..', 'fixtures', 'paste', 'word-nested-lists.html')
const NEW_PLAIN_LANGUAGE = 'Your visit happened by video or phone. This code records that fact.'
const NEW_SYNONYM = 'video check-up'

let app: AppHarness

/** Returns a node's text: inline runs joined as written, blocks separated by one space. */
function collectText(node: RichTextNode): string {
  if (node.text !== undefined) return node.text

  const children = node.content ?? []
  const inline = children.every((child) => child.type === 'text' || child.type === 'hardBreak')
  const text = children.map(collectText).join(inline ? '' : ' ')

  return text.replace(/\s+/g, ' ').trim()
}

function findNodes(node: RichTextNode, type: string): RichTextNode[] {
  const own = node.type === type ? [node] : []
  return [...own, ...(node.content ?? []).flatMap((child) => findNodes(child, type))]
}

function entryPath(code: string): string {
  return join(app.contentDir, 'entries', `${code}.json`)
}

async function readEntry(code = 'M1440'): Promise<Entry> {
  return JSON.parse(await readFile(entryPath(code), 'utf8')) as Entry
}

/** Opens an entry by typing its code, which jumps straight to it. */
async function openByCode(page: Page, code: string): Promise<void> {
  await page.getByRole('searchbox').fill(code)
  await page.locator('.editor-header h1', { hasText: code }).waitFor()
  await page.locator('.save-text', { hasText: 'Saved' }).waitFor()
}

/** Types at the end of a rich-text field. */
async function typeAtEnd(page: Page, field: string, text: string): Promise<void> {
  await page.locator(`[data-field="${field}"] .ProseMirror`).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(text)
}

async function faqIds(page: Page): Promise<string[]> {
  return page
    .locator('[data-faq-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-faq-id') ?? ''))
}

/** Pastes HTML into a rich-text field with a real paste event carrying text/html data. */
async function pasteHtml(page: Page, field: string, html: string): Promise<void> {
  const editor = page.locator(`[data-field="${field}"] .ProseMirror`)
  await editor.click()
  // The field ends in a list: Enter twice leaves it, so the paste starts a new paragraph.
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await editor.evaluate((element, clipboardHtml) => {
    const data = new DataTransfer()
    data.setData('text/html', clipboardHtml)
    data.setData('text/plain', 'plain text fallback that must not be used')
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, html)
}

describe('writing an entry', () => {
  beforeAll(async () => {
    app = await launchApp({
      profile: { name: 'Ana Writer', role: 'writer' },
      viewport: { width: 1440, height: 900 },
    })
  })

  afterAll(async () => {
    await app?.close()
  })

  it('saves every kind of edit to the entry file', async () => {
    const { page } = app
    const before = await readEntry()

    // Find and open the entry.
    await page.locator('.entry-row').first().waitFor()
    await app.screenshot('writing-list')
    await page.getByRole('searchbox').fill('telehealth')
    await page.locator('#entry-option-M1440').click()
    await page.locator('.editor-header h1', { hasText: 'M1440' }).waitFor()
    await page.locator('.save-text', { hasText: 'Saved' }).waitFor()

    // Replace the plain-language text.
    const plainLanguage = page.locator('[data-field="plainLanguage"] .ProseMirror')
    await plainLanguage.click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type(NEW_PLAIN_LANGUAGE)

    // Add a synonym.
    await page.locator('#synonym-input').fill(NEW_SYNONYM)
    await page.keyboard.press('Enter')

    // Move the first FAQ down with the keyboard.
    const orderBefore = await faqIds(page)
    await page.locator('[data-field="faqs[0].question"] input').focus()
    await page.keyboard.press('Alt+ArrowDown')
    const focusedQuestion = await page.evaluate(
      () => document.activeElement?.closest('[data-faq-id]')?.getAttribute('data-faq-id') ?? null,
    )

    // Paste a Word list at the end of the clinical context.
    await pasteHtml(page, 'clinicalContext', await readFile(WORD_HTML, 'utf8'))

    await page.locator('.save-text', { hasText: 'Saving…' }).waitFor()
    await page.locator('.save-text', { hasText: 'Saved' }).waitFor({ timeout: 15_000 })
    await app.screenshot('writing-editor')

    const saved = await readEntry()
    const clinical = saved.clinicalContext
    const bulletLists = findNodes(clinical, 'bulletList')
    const orderedLists = findNodes(clinical, 'orderedList')
    const clinicalText = collectText(clinical)

    expect(collectText(saved.plainLanguage)).toBe(NEW_PLAIN_LANGUAGE)
    expect(saved.synonyms).toEqual([...before.synonyms, NEW_SYNONYM])
    expect(saved.faqs.map((faq) => faq.id)).toEqual([
      orderBefore[1],
      orderBefore[0],
      ...orderBefore.slice(2),
    ])
    expect(focusedQuestion).toBe(orderBefore[0])
    expect(collectText(before.clinicalContext).length).toBeGreaterThan(0)
    expect(clinicalText).toContain(collectText(before.clinicalContext).slice(0, 60))
    const pastedList = clinical.content.find(
      (node) =>
        node.type === 'bulletList' && collectText(node).startsWith('The patient is at home'),
    )
    expect(pastedList).toBeDefined()
    expect(findNodes(pastedList as RichTextNode, 'bulletList')).toHaveLength(2)
    expect(bulletLists.length).toBeGreaterThanOrEqual(2)
    expect(orderedLists).toHaveLength(1)
    for (const phrase of [
      'The patient is at home',
      'or at a rural site',
      'at a clinic without the specialist',
      'The visit uses real-time video',
      'Record the consent',
      'CMS telehealth list',
    ]) {
      expect(clinicalText).toContain(phrase)
    }
    expect(clinicalText).not.toContain('plain text fallback')
    expect(saved.meta.updatedBy).toBe('Ana Writer')
  })

  it('shows the edits in the preview', async () => {
    const { page } = app
    const preview = page.getByTestId('page-preview')
    const clinicalSection = preview.locator('section', {
      has: page.getByRole('heading', { name: 'Clinical Context' }),
    })
    const saved = await readEntry()
    const questions = await preview.locator('.page-faq:not(.is-templated) dt').allInnerTexts()

    await expect.poll(() => preview.innerText()).toContain(NEW_PLAIN_LANGUAGE)
    expect(await preview.locator('.page-synonyms').innerText()).toContain(NEW_SYNONYM)
    expect(questions).toEqual(saved.faqs.map((faq) => faq.question))
    expect(
      await clinicalSection.locator('ul ul li', { hasText: 'or at a rural site' }).count(),
    ).toBe(1)
    expect(await clinicalSection.locator('ol li', { hasText: 'Record the consent' }).count()).toBe(
      1,
    )

    await preview.locator('.page-faqs').scrollIntoViewIfNeeded()
    await app.screenshot('writing-preview')
  })

  it('keeps a failed save and retries it', async () => {
    const { page } = app
    await openByCode(page, 'G0402')
    const path = entryPath('G0402')
    const aside = `${path}.aside`

    // With the file gone the save fails; the typed text must stay on screen.
    await rename(path, aside)
    await typeAtEnd(page, 'summary', ' Failed save text.')
    await page.locator('.save-text', { hasText: 'Save failed:' }).waitFor({ timeout: 15_000 })
    const shown = await page.locator('[data-field="summary"] .ProseMirror').innerText()

    await rename(aside, path)
    await page.getByRole('button', { name: 'Retry' }).click()
    await page.locator('.save-text', { hasText: 'Saved' }).waitFor({ timeout: 15_000 })
    const saved = await readEntry('G0402')

    expect(shown).toContain('Failed save text.')
    expect(collectText(saved.summary)).toContain('Failed save text.')
  })

  it('reports a conflict and overwrites on request', async () => {
    const { page } = app
    await openByCode(page, 'G2252')
    const onDisk = await readEntry('G2252')
    const changedElsewhere = {
      ...onDisk,
      title: 'Changed by someone else',
      meta: { ...onDisk.meta, updatedAt: '2030-01-01T00:00:00.000Z', updatedBy: 'Bo Reviewer' },
    }
    await writeFile(entryPath('G2252'), `${JSON.stringify(changedElsewhere, null, 2)}\n`)

    await typeAtEnd(page, 'summary', ' Mine wins.')
    await page.locator('.save-conflict').waitFor({ timeout: 15_000 })
    const message = await page.locator('.save-text').innerText()
    await page.getByRole('button', { name: 'Overwrite with my version' }).click()
    await page.locator('.save-text', { hasText: 'Saved' }).waitFor({ timeout: 15_000 })
    const saved = await readEntry('G2252')

    expect(message).toContain('Bo Reviewer')
    expect(collectText(saved.summary)).toContain('Mine wins.')
    expect(saved.title).toBe(onDisk.title)
  })

  it('rejects duplicate synonyms and unsafe links', async () => {
    const { page } = app
    await openByCode(page, 'M1222')
    const before = await readEntry('M1222')
    const existing = before.synonyms[0] as string

    await page.locator('#synonym-input').fill(`  ${existing.toUpperCase().replace(' ', '   ')} `)
    await page.keyboard.press('Enter')
    const synonymMessage = await page.locator('#synonym-message').innerText()

    await page.locator('[data-field="summary"] .ProseMirror').click()
    await page.keyboard.press('Control+K')
    await page.getByRole('textbox', { name: 'Link address' }).fill('javascript:alert(1)')
    await page.keyboard.press('Enter')
    const linkMessage = await page.locator('.link-form .form-error').innerText()
    await page.keyboard.press('Escape')

    expect(synonymMessage).toContain('already in the list')
    expect(await page.locator('[data-field="synonyms"] .chip').count()).toBe(before.synonyms.length)
    expect(linkMessage).toContain('http, https or mailto')
    expect(await page.locator('[data-field="summary"] a').count()).toBe(0)
  })

  it('reorders FAQs by dragging', async () => {
    const { page } = app
    await openByCode(page, 'M1159')
    const order = await faqIds(page)

    await page.dragAndDrop(
      `[data-faq-id="${order[0]}"] .drag-handle`,
      `[data-faq-id="${order[1]}"] .faq-header`,
    )
    await page.locator('.save-text', { hasText: 'Saved' }).waitFor({ timeout: 15_000 })
    await expect
      .poll(async () => (await readEntry('M1159')).faqs.map((faq) => faq.id))
      .toEqual([order[1], order[0], ...order.slice(2)])
  })

  it('underlines misspellings and adds words to the dictionary', async () => {
    const { page } = app
    await openByCode(page, 'G0008')
    await typeAtEnd(page, 'summary', ' Qwertzy notes.')
    const underline = page.locator('[data-field="summary"] .misspelled', { hasText: 'Qwertzy' })
    await underline.waitFor()

    await underline.click()
    await page.getByRole('button', { name: 'Add to dictionary' }).click()
    await underline.waitFor({ state: 'detached' })
    const dictionary = await readFile(join(app.contentDir, 'dictionary.txt'), 'utf8')

    await page.locator('[data-field="faqs[0].question"] input').fill('Who checks the pacient?')
    const questionSpelling = page.locator('[data-field="faqs[0].question"] .plain-spelling')
    await questionSpelling.waitFor()

    expect(dictionary.split('\n')).toContain('Qwertzy')
    expect(await page.locator('[data-field="summary"] .misspelled').count()).toBe(0)
    expect(await questionSpelling.locator('.misspelled').allInnerTexts()).toEqual(['pacient'])
  })

  it('reloads a saved entry after another screen', async () => {
    const { page } = app
    await openByCode(page, 'M1226')
    await page.getByRole('button', { name: 'Review', exact: true }).click()
    const onDisk = await readEntry('M1226')
    const changed = {
      ...onDisk,
      title: 'Changed on another screen',
      meta: { ...onDisk.meta, updatedAt: '2030-02-02T00:00:00.000Z' },
    }
    await writeFile(entryPath('M1226'), `${JSON.stringify(changed, null, 2)}\n`)

    await page.getByRole('button', { name: 'Entries', exact: true }).click()
    await page.locator('.editor-header h1', { hasText: 'Changed on another screen' }).waitFor()
    await typeAtEnd(page, 'summary', ' After the reload.')
    await page.locator('.save-text', { hasText: 'Saving…' }).waitFor()
    await page.locator('.save-text', { hasText: 'Saved' }).waitFor({ timeout: 15_000 })
    const saved = await readEntry('M1226')

    expect(saved.title).toBe('Changed on another screen')
    expect(collectText(saved.summary)).toContain('After the reload.')
  })

  it('stays offline and error-free', () => {
    const foreign = app.requests
      .map((request) => request.url())
      .filter((url) => !url.startsWith(`${app.origin}/`))

    expect(foreign).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})

describe('first start', () => {
  it('asks for a profile before showing entries', async () => {
    const fresh = await launchApp({ viewport: { width: 1280, height: 800 } })
    try {
      const { page } = fresh
      const dialog = page.getByRole('dialog', { name: 'Welcome to CodeDesk' })
      await dialog.waitFor()
      await fresh.screenshot('writing-first-start')

      await dialog.getByRole('button', { name: 'Save profile' }).click()
      const missingName = await dialog.getByRole('alert').innerText()
      await dialog.getByRole('textbox', { name: 'Name' }).fill('Cy Reviewer')
      await dialog.getByRole('radio', { name: 'Writer and reviewer' }).check()
      await dialog.getByRole('button', { name: 'Save profile' }).click()
      await page.locator('.entry-row').first().waitFor()
      const profile = JSON.parse(await readFile(fresh.profilePath, 'utf8')) as unknown

      expect(missingName).toContain('Name is missing')
      expect(profile).toEqual({ name: 'Cy Reviewer', role: 'both' })
      expect(await page.locator('.profile-button').innerText()).toContain('Cy Reviewer')
    } finally {
      await fresh.close()
    }
  })
})
