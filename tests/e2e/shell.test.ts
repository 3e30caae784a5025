import { access } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { type AppHarness, launchApp } from './harness'

let app: AppHarness | null = null
let foreignSite: Server | null = null

afterEach(async () => {
  await app?.close()
  app = null
  await new Promise((resolve) => (foreignSite ? foreignSite.close(resolve) : resolve(null)))
  foreignSite = null
})

describe('browser mode shell', () => {
  it('loads the app without console errors', async () => {
    app = await launchApp()
    const { page } = app

    await page.waitForFunction(() => (document.getElementById('root')?.childElementCount ?? 0) > 0)
    await app.screenshot('shell-loaded')

    expect(app.consoleErrors).toEqual([])
    expect(page.url()).toBe(`${app.origin}/`)
  })

  it('contacts no host but its own server', async () => {
    app = await launchApp()
    await app.page.waitForLoadState('networkidle')

    const foreign = app.requests
      .map((request) => request.url())
      .filter((url) => !url.startsWith(`${app?.origin}/`))

    expect(app.requests.length).toBeGreaterThan(0)
    expect(foreign).toEqual([])
  })

  it('removes the token from the address', async () => {
    app = await launchApp()

    const token = app.server.token
    const address = await app.page.evaluate(() => window.location.href)

    expect(address).not.toContain(token)
    expect(await app.page.evaluate(() => document.cookie)).toBe('')
  })

  it('calls the API with the cookie', async () => {
    app = await launchApp()

    const result = await app.page.evaluate(async () => {
      const response = await fetch('/api/getFolderInfo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      })
      return (await response.json()) as { ok: boolean; value?: { folder: string } }
    })

    expect(result.ok).toBe(true)
    expect(result.value?.folder).toBe(app.contentDir)
  })

  it('starts with the given profile', async () => {
    app = await launchApp({ profile: { name: 'Ana Writer', role: 'writer' } })

    const result = await app.page.evaluate(async () => {
      const response = await fetch('/api/getProfile', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      })
      return (await response.json()) as unknown
    })

    expect(result).toEqual({ ok: true, value: { name: 'Ana Writer', role: 'writer' } })
  })

  it('blocks inline scripts with its CSP', async () => {
    app = await launchApp()

    const ran = await app.page.evaluate(async () => {
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve(event.violatedDirective),
        ),
      )
      const script = document.createElement('script')
      script.textContent = 'window.inlineScriptRan = true'
      document.body.append(script)
      return { directive: await violation, ran: 'inlineScriptRan' in window }
    })

    expect(ran.ran).toBe(false)
    expect(ran.directive).toMatch(/^script-src/)
  })

  it('rejects API calls from another origin', async () => {
    app = await launchApp()
    const target = `${app.origin}/api/createEntry`
    // A page on another loopback port plays a hostile site open in the same browser.
    foreignSite = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' })
      response.end(`<!doctype html><script>
        fetch(${JSON.stringify(target)}, {
          method: 'POST', mode: 'no-cors', credentials: 'include',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify({ code: 'A4550' }),
        }).finally(() => { document.title = 'sent' })
      </script>`)
    })
    await new Promise<void>((resolve) => foreignSite?.listen(0, '127.0.0.1', resolve))
    const foreignPort = (foreignSite.address() as AddressInfo).port

    const page = await app.context.newPage()
    await page.goto(`http://127.0.0.1:${foreignPort}/`)
    await page.waitForFunction(() => document.title === 'sent')

    await expect(access(join(app.contentDir, 'entries', 'A4550.json'))).rejects.toMatchObject({
      code: 'ENOENT',
    })
    expect(app.serverLog.join('\n')).toMatch(/request rejected .*Origin/)
  })
})
