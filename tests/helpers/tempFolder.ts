import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Creates an empty temporary folder; `remove` deletes it and everything in it. */
export async function makeTempFolder(
  prefix = 'codedesk-',
): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}

/** Copies a content folder (by default the bundled sample) into a new temporary folder. */
export async function copyContentFolder(source = join(import.meta.dirname, '..', '..', 'content')) {
  const temp = await makeTempFolder('codedesk-content-')
  await cp(source, temp.path, { recursive: true })
  return temp
}
