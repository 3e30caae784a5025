import { readFileSync } from 'node:fs'

import { CodeDeskError } from '../../shared/errors'
import type { Entry } from '../../shared/model/entry'
import { parseJsonText } from '../files/JsonDataFile'
import type { ContentFolder } from '../folder/ContentFolder'
import { restoreEntry } from '../folder/restoreEntry'

/**
 * Reads one entry of an open folder as `ContentFolder.read` does, but synchronously. Export reads
 * every entry, and for 20,000 small files `readFileSync` takes about a tenth of the time of
 * fs/promises' `readFile` (measured on Node 20), while each call blocks for well under a
 * millisecond. Raises `invalid-file` for a file that cannot be read or restored.
 */
export function readEntrySync(folder: ContentFolder, code: string): Entry {
  const path = folder.entryPath(code)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new CodeDeskError('invalid-file', `Entry file ${path} could not be read (${errno}).`)
  }

  let restored: ReturnType<typeof restoreEntry>
  try {
    restored = restoreEntry(parseJsonText(text), code)
  } catch (error) {
    throw new CodeDeskError('invalid-file', `Entry file ${path}: ${(error as Error).message}.`)
  }
  if (!restored.ok)
    throw new CodeDeskError('invalid-file', `Entry file ${path} ${restored.reason}.`)

  return restored.entry
}
