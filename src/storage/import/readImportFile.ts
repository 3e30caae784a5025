import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { gunzipSync } from 'node:zlib'

import { CodeDeskError } from '../../shared/errors'

export interface ImportFile {
  /** The file name without folders and without a `.gz` suffix, e.g. PPRRVU2025_Oct.csv. */
  name: string
  bytes: Buffer
}

/** Reads an import file, gunzipping it when its name ends in `.gz`. */
export async function readImportFile(path: string): Promise<ImportFile> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new CodeDeskError(
      code === 'ENOENT' ? 'not-found' : 'io',
      code === 'ENOENT'
        ? `Import file ${path} not found. Check the path.`
        : `Import file ${path} could not be read (${code ?? String(error)}).`,
    )
  }

  const name = basename(path)
  if (!name.toLowerCase().endsWith('.gz')) return { name, bytes }

  try {
    return { name: name.slice(0, -3), bytes: gunzipSync(bytes) }
  } catch (error) {
    throw new CodeDeskError(
      'invalid-file',
      `Import file ${path} ends in .gz but could not be decompressed (${(error as Error).message}).`,
    )
  }
}

// Windows-1252 characters for bytes 0x80-0x9F, where it differs from ISO-8859-1. The five bytes
// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) keep their ISO-8859-1 meaning.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/**
 * Decodes file bytes as UTF-8, or as Windows-1252 when they are not valid UTF-8. CMS files are
 * ASCII except for a few Windows-1252 characters such as the curly apostrophe in disclaimers.
 * Windows-1252 is decoded by table because Node builds without full ICU decode it as ISO-8859-1.
 */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return bytes
      .toString('latin1')
      .replace(
        /[\u0080-\u009f]/g,
        (character) => WINDOWS_1252_HIGH[character.charCodeAt(0) - 0x80] ?? character,
      )
  }
}
