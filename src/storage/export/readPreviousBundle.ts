import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { CodeDeskError } from '../../shared/errors'
import { BUNDLE_FORMAT, CODES_DIR, MANIFEST_FILE } from '../../shared/export/bundleFormat'

export interface PreviousBundle {
  version: string | null
  /** Code → sha256 of its code file, from the previous manifest. */
  codeDigests: Map<string, string>
}

const CODE_FILE_PATTERN = new RegExp(`^${CODES_DIR}/([A-Z0-9]{5})\\.(json|md)$`)

/** Reads the manifest of an earlier bundle for `changes.json`; raises when it is not a bundle. */
export async function readPreviousBundle(directory: string): Promise<PreviousBundle> {
  const path = join(directory, MANIFEST_FILE)
  let manifest: unknown
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : 'is not valid JSON'
    throw new CodeDeskError(
      'invalid-argument',
      `Previous bundle ${directory}: ${MANIFEST_FILE} ${reason}. Give the folder of an earlier export, or leave out the previous bundle.`,
    )
  }

  const record = manifest as { format?: unknown; version?: unknown; files?: unknown }
  if (
    record.format !== BUNDLE_FORMAT ||
    typeof record.files !== 'object' ||
    record.files === null
  ) {
    throw new CodeDeskError(
      'invalid-argument',
      `Previous bundle ${directory}: ${MANIFEST_FILE} is not a ${BUNDLE_FORMAT} manifest. Give the folder of an earlier export.`,
    )
  }

  const codeDigests = new Map<string, string>()
  for (const [file, digest] of Object.entries(record.files as Record<string, unknown>)) {
    const match = CODE_FILE_PATTERN.exec(file)
    if (match?.[1] !== undefined && typeof digest === 'string') codeDigests.set(match[1], digest)
  }

  return { version: typeof record.version === 'string' ? record.version : null, codeDigests }
}
