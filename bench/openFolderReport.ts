// Opens a content folder the way the app does and prints, as JSON on stdout, what it listed, the
// file problems it reported and the process's open-file limit. The descriptor-limit test runs it
// under `ulimit -n`. Usage: node --import tsx bench/openFolderReport.ts FOLDER
import { readFile } from 'node:fs/promises'

import { ContentFolder } from '../src/storage/folder/ContentFolder'

/** Returns the soft "Max open files" limit from /proc/self/limits, or null where that file is missing. */
async function openFileLimit(): Promise<number | null> {
  const limits = await readFile('/proc/self/limits', 'utf8').catch(() => null)
  const match = limits === null ? null : /^Max open files\s+(\d+)/m.exec(limits)

  return match === null ? null : Number(match[1])
}

const folderPath = process.argv[2]
if (folderPath === undefined) throw new Error('Missing FOLDER: pass the content folder to open.')

const folder = await ContentFolder.open(folderPath, { app: 'codedesk openFolderReport' })
const codes = folder.list().map((summary) => summary.code)
await folder.close()

process.stdout.write(
  `${JSON.stringify({
    codes,
    fileProblems: folder.fileProblems(),
    openFileLimit: await openFileLimit(),
  })}\n`,
)
