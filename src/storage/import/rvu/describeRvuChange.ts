import type { RvuData } from '../../../shared/model/rvu'
import { formatRvu } from '../../../shared/page/rvuStatement'

function sameValues(a: RvuData, b: RvuData): boolean {
  return (
    JSON.stringify([a.release, a.global, a.professional, a.technical]) ===
    JSON.stringify([b.release, b.global, b.professional, b.technical])
  )
}

/**
 * Describes how an entry's RVU data changes, or returns null when the release and every value
 * stay the same (the import time and file name alone do not count as a change).
 */
export function describeRvuChange(current: RvuData | null, next: RvuData | null): string | null {
  if (current === null && next === null) return null
  if (current === null && next !== null) {
    return `RVU data added from ${next.release}: status ${next.global.statusCode}, work ${formatRvu(next.global.work)}`
  }
  if (current !== null && next === null) {
    return `not listed in the imported file: the ${current.release} RVU data is removed`
  }
  if (current === null || next === null || sameValues(current, next)) return null

  const parts: string[] = []
  if (current.release !== next.release) parts.push(`${current.release} → ${next.release}`)
  if (current.global.statusCode !== next.global.statusCode) {
    parts.push(`status ${current.global.statusCode} → ${next.global.statusCode}`)
  }
  if (current.global.work !== next.global.work) {
    parts.push(`work ${formatRvu(current.global.work)} → ${formatRvu(next.global.work)}`)
  }
  if (current.global.nonFacilityTotal !== next.global.nonFacilityTotal) {
    parts.push(
      `non-facility total ${formatRvu(current.global.nonFacilityTotal)} → ${formatRvu(next.global.nonFacilityTotal)}`,
    )
  }
  if (current.global.facilityTotal !== next.global.facilityTotal) {
    parts.push(
      `facility total ${formatRvu(current.global.facilityTotal)} → ${formatRvu(next.global.facilityTotal)}`,
    )
  }

  return parts.length > 0 ? parts.join(', ') : 'other RVU values changed'
}
