import type { BundleChanges } from './bundleFormat'
import { compareCodePoints } from './compareCodePoints'

/**
 * Compares two bundles by the sha256 of each code's file: codes only in `next` are added, codes
 * only in `previous` are removed, and codes in both whose file digests differ are changed.
 */
export function compareBundles(
  previous: { version: string | null; codeDigests: ReadonlyMap<string, string> },
  next: ReadonlyMap<string, string>,
): BundleChanges {
  const added: string[] = []
  const changed: string[] = []
  const removed: string[] = []

  for (const [code, digest] of next) {
    const before = previous.codeDigests.get(code)
    if (before === undefined) added.push(code)
    else if (before !== digest) changed.push(code)
  }
  for (const code of previous.codeDigests.keys()) {
    if (!next.has(code)) removed.push(code)
  }

  return {
    previousVersion: previous.version,
    added: added.sort(compareCodePoints),
    changed: changed.sort(compareCodePoints),
    removed: removed.sort(compareCodePoints),
  }
}
