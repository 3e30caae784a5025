import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Script } from 'node:vm'

import { resolveConfig } from 'electron-vite'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { API_METHODS } from '../../src/shared/api/contract'
import { apiChannel, SHELL_CHANNELS } from '../../src/shared/api/shellApi'
import { makeTempFolder } from '../helpers/tempFolder'

const REPO_ROOT = join(import.meta.dirname, '..', '..')
const SHELL_FUNCTIONS = [
  'openExternal',
  'setUnsavedChanges',
  'openFolder',
  'showInFolder',
  'choosePath',
  'onMenuCommand',
]

let outDir: { path: string; remove: () => Promise<void> }
let code: string

/**
 * Builds only the preload, with the project's electron-vite config, into a temp folder. This
 * checks what `npm run build` emits without touching out/ or depending on the renderer build.
 */
async function buildPreload(target: string): Promise<void> {
  const resolved = await resolveConfig(
    { root: REPO_ROOT, logLevel: 'silent' },
    'build',
    'production',
  )
  const preload = resolved.config?.preload
  if (preload === undefined) throw new Error('electron.vite.config.ts has no preload section')

  await build({ ...preload, build: { ...preload.build, outDir: target, emptyOutDir: true } })
}

/**
 * Runs the built preload in a fresh V8 context with a `require` that provides only 'electron',
 * here a stand-in that records what the preload exposes, invokes and sends.
 */
function runPreload(source: string) {
  const exposed: Record<string, unknown> = {}
  const invoked: Array<[string, unknown[]]> = []
  const sent: Array<[string, unknown[]]> = []
  const listeners = new Map<string, (...args: unknown[]) => void>()
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => {
        exposed[key] = value
      },
    },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        invoked.push([channel, args])
        return Promise.resolve({ ok: true, value: null })
      },
      send: (channel: string, ...args: unknown[]) => sent.push([channel, args]),
      on: (channel: string, listener: (...args: unknown[]) => void) =>
        listeners.set(channel, listener),
      removeListener: (channel: string) => listeners.delete(channel),
    },
  }
  const required: string[] = []
  const require = (name: string) => {
    required.push(name)
    if (name !== 'electron') throw new Error(`The sandboxed preload cannot require '${name}'`)
    return electron
  }
  const module = { exports: {} }

  const wrapper = new Script(`(function (require, module, exports) {\n${source}\n})`, {
    filename: 'index.cjs',
  }).runInNewContext({}) as (load: typeof require, target: typeof module, exports: object) => void
  wrapper(require, module, module.exports)

  return { exposed, invoked, sent, listeners, required }
}

beforeAll(async () => {
  outDir = await makeTempFolder('codedesk-preload-')
  await buildPreload(outDir.path)
  code = await readFile(join(outDir.path, 'index.cjs'), 'utf8')
}, 120_000)

afterAll(async () => {
  await outDir.remove()
})

describe('preload build', () => {
  it('emits one CommonJS file', async () => {
    expect(await readdir(outDir.path)).toEqual(['index.cjs'])
    expect(() => new Script(code)).not.toThrow()
    expect(code).not.toMatch(/^\s*(import|export)\s/m)
  })

  it('requires nothing but electron', () => {
    const requires = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(
      (match) => match[1],
    )

    expect(requires.length).toBeGreaterThan(0)
    expect(new Set(requires)).toEqual(new Set(['electron']))
    expect(code).not.toMatch(/\bimport\(/)
  })

  it('exposes only the named API functions', () => {
    const { exposed, required } = runPreload(code)
    const bridge = exposed.codedesk as Record<string, unknown>

    expect(Object.keys(exposed)).toEqual(['codedesk'])
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, ...SHELL_FUNCTIONS].sort())
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true)
    expect(required).toEqual(['electron'])
  })

  it('invokes one channel per method', async () => {
    const { exposed, invoked } = runPreload(code)
    const bridge = exposed.codedesk as Record<string, (request: unknown) => Promise<unknown>>

    for (const method of API_METHODS) await bridge[method]?.({ probe: method })

    expect(invoked).toEqual(API_METHODS.map((method) => [apiChannel(method), [{ probe: method }]]))
  })

  it('forwards only known menu commands', () => {
    const { exposed, listeners } = runPreload(code)
    const bridge = exposed.codedesk as {
      onMenuCommand(listener: (command: string) => void): () => void
    }
    const received: string[] = []

    const unsubscribe = bridge.onMenuCommand((command) => received.push(command))
    const forward = listeners.get(SHELL_CHANNELS.menuCommand)
    forward?.({ sender: 'ipc event' }, 'save')
    forward?.({ sender: 'ipc event' }, 'rm -rf')
    forward?.({ sender: 'ipc event' }, { command: 'find' })
    unsubscribe()

    expect(received).toEqual(['save'])
    expect(listeners.has(SHELL_CHANNELS.menuCommand)).toBe(false)
  })

  it('sends the unsaved flag as a boolean', () => {
    const { exposed, sent } = runPreload(code)
    const bridge = exposed.codedesk as { setUnsavedChanges(dirty: unknown): void }

    bridge.setUnsavedChanges(true)
    bridge.setUnsavedChanges('yes')

    expect(sent).toEqual([
      [SHELL_CHANNELS.setUnsavedChanges, [true]],
      [SHELL_CHANNELS.setUnsavedChanges, [false]],
    ])
  })
})
