import type { RvuData, RvuValues } from '../model/rvu'

/**
 * CMS status codes whose rows carry 0.00 RVUs because Medicare does not pay the code under the fee
 * schedule: M (measurement codes) and I (not valid for Medicare purposes).
 */
export const NO_WORK_RVU_STATUSES: ReadonlySet<string> = new Set(['M', 'I'])

const STATUS_MEANINGS: Record<string, string> = {
  M: 'a measurement code',
  I: 'not valid for Medicare purposes',
}

/** Formats an RVU amount as CMS prints it, with two decimals. */
export function formatRvu(value: number): string {
  return value.toFixed(2)
}

/**
 * Returns whether CMS assigns the code no physician work RVU: a status M or I row, or any row whose
 * amounts are all 0.00. Payers then set payment themselves.
 */
export function hasNoWorkRvu(values: RvuValues): boolean {
  const allZero =
    values.work === 0 &&
    values.nonFacilityPe === 0 &&
    values.facilityPe === 0 &&
    values.malpractice === 0
  return allZero || (values.work === 0 && NO_WORK_RVU_STATUSES.has(values.statusCode))
}

function peText(amount: number, notPriced: boolean): string {
  return notPriced ? 'not priced (NA)' : formatRvu(amount)
}

function componentSentence(label: string, values: RvuValues): string {
  return `The ${label} has a work RVU of ${formatRvu(values.work)} and totals of ${formatRvu(values.nonFacilityTotal)} (non-facility) and ${formatRvu(values.facilityTotal)} (facility).`
}

/**
 * Builds the "RVU Information" statement of a code's page from its imported fee-schedule data,
 * naming the CMS release every time. Returns null when the code has no RVU data, so the page shows
 * no RVU section rather than a guess.
 */
export function rvuStatement(code: string, rvu: RvuData | null): string | null {
  if (rvu === null) return null

  const values = rvu.global
  const source = `CMS Physician Fee Schedule, release ${rvu.release}`

  if (hasNoWorkRvu(values)) {
    const meaning = STATUS_MEANINGS[values.statusCode]
    const status =
      values.statusCode === ''
        ? ''
        : ` (status ${values.statusCode}${meaning ? `: ${meaning}` : ''})`
    return `CMS assigns no physician work RVU to ${code}${status}, and payers set their own payment for it. Source: ${source}.`
  }

  const sentences = [
    `${code} has a work RVU of ${formatRvu(values.work)}, a practice expense RVU of ${peText(values.nonFacilityPe, values.nonFacilityPeNa)} in a non-facility setting and ${peText(values.facilityPe, values.facilityPeNa)} in a facility setting, and a malpractice RVU of ${formatRvu(values.malpractice)}.`,
    `Total RVUs are ${formatRvu(values.nonFacilityTotal)} (non-facility) and ${formatRvu(values.facilityTotal)} (facility).`,
  ]
  if (rvu.professional !== null) {
    sentences.push(componentSentence('professional component (modifier 26)', rvu.professional))
  }
  if (rvu.technical !== null) {
    sentences.push(componentSentence('technical component (modifier TC)', rvu.technical))
  }
  sentences.push(`Source: ${source}.`)

  return sentences.join(' ')
}
