import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import { CodeDeskError } from '../../shared/errors'
import {
  BUNDLE_FORMAT,
  CODES_DIR,
  type ExportTarget,
  MANIFEST_FILE,
} from '../../shared/export/bundleFormat'

export interface PreviousBundle {
  version: string | null
  /** Code → sha256 of its code file, from the previous manifest. */
  codeDigests: Map<string, string>
}

const CODE_FILE_PATTERN = new RegExp(`^${CODES_DIR}/([A-Z0-9]{5})\\.(json|md)$`)

/**
 * Reads the manifest of an earlier bundle for `changes.json`. Raises when it is not a bundle, or
 * a bundle of another target: a JSON and a Markdown file of the same code always differ, so every
 * code would be listed as changed.
 */
export async function readPreviousBundle(
  directory: string,
  target: ExportTarget,
): Promise<PreviousBundle> {
  const path = join(directory, MANIFEST_FILE)
  let manifest: unknown
  try {
    manifest = JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code
    const reason =
      errno === 'ENOENT' ? 'is missing (or the folder does not exist)' : 'is not valid JSON'
    throw new CodeDeskError(
      'invalid-argument',
      `Previous bundle ${directory}: ${MANIFEST_FILE} ${reason}. Give the folder of an earlier export, or leave out the previous bundle.`,
    )
  }

  const record = manifest as {
    format?: unknown
    target?: unknown
    version?: unknown
    files?: unknown
  }
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

  if (record.target !== target) {
    throw new CodeDeskError(
      'invalid-argument',
      `Previous bundle ${directory} was exported as ${String(record.target)}, not ${target}, so every code would count as changed. Give an earlier ${target} bundle, or leave out the previous bundle.`,
    )
  }

  const codeDigests = new Map<string, string>()
  for (const [file, digest] of Object.entries(record.files as Record<string, unknown>)) {
    const match = CODE_FILE_PATTERN.exec(file)
    if (match?.[1] !== undefined && typeof digest === 'string') codeDigests.set(match[1], digest)
  }

  return { version: typeof record.version === 'string' ? record.version : null, codeDigests }
}
