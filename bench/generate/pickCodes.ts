import { type CodeSystem, deriveCodeSystem } from '../../src/shared/codes/codeSystem'
import { type Category, categoryMatches, type Taxonomy } from '../../src/shared/model/taxonomy'
import type { SeededRandom } from './SeededRandom'

/**
 * Share of each code system in a real catalogue of about 20,000 codes: CPT Category I is a little
 * over half, HCPCS Level II about a third, Categories II and III a few hundred codes each.
 */
const SYSTEM_SHARES: Record<CodeSystem, number> = {
  'cpt-category-1': 0.52,
  'hcpcs-level-2': 0.38,
  'cpt-category-2': 0.04,
  'cpt-category-3': 0.06,
}

const HCPCS_LETTERS = 'ABCEGHJKLMPQRSTUV'

function digits(value: number): string {
  return String(value).padStart(4, '0')
}

/** Lists every code of a code system; a category's match then narrows it down. */
function codesOfSystem(system: CodeSystem): string[] {
  const codes: string[] = []

  if (system === 'cpt-category-1') {
    for (let value = 100; value <= 99_999; value++) codes.push(String(value).padStart(5, '0'))
  } else if (system === 'cpt-category-2' || system === 'cpt-category-3') {
    const suffix = system === 'cpt-category-2' ? 'F' : 'T'
    for (let value = 0; value <= 9_999; value++) codes.push(`${digits(value)}${suffix}`)
  } else {
    for (const letter of HCPCS_LETTERS) {
      for (let value = 0; value <= 9_999; value++) codes.push(`${letter}${digits(value)}`)
    }
  }

  return codes
}

/** Codes that fall in each category. A code goes to the first category that covers it. */
function categoryPools(taxonomy: Taxonomy): Map<Category, string[]> {
  const pools = new Map<Category, string[]>()
  const claimed = new Set<string>()
  const systemCodes = new Map<CodeSystem, string[]>()

  for (const category of taxonomy.categories) {
    let all = systemCodes.get(category.codeSystem)
    if (all === undefined) {
      all = codesOfSystem(category.codeSystem)
      systemCodes.set(category.codeSystem, all)
    }

    const pool = all.filter(
      (code) =>
        !claimed.has(code) &&
        deriveCodeSystem(code) === category.codeSystem &&
        categoryMatches(category, code),
    )
    for (const code of pool) claimed.add(code)
    pools.set(category, pool)
  }

  return pools
}

/**
 * Splits `total` over the categories by their system's share of a real catalogue, and within a
 * system by the size of each category's code range. A category never gets more codes than its
 * range holds; what it cannot take goes to the categories with room left.
 */
function allocate(pools: Map<Category, string[]>, total: number): Map<Category, number> {
  const systemSizes = new Map<CodeSystem, number>()
  for (const [category, pool] of pools)
    systemSizes.set(category.codeSystem, (systemSizes.get(category.codeSystem) ?? 0) + pool.length)
  const presentShare = [...systemSizes.keys()].reduce(
    (sum, system) => sum + SYSTEM_SHARES[system],
    0,
  )

  const counts = new Map<Category, number>()
  let assigned = 0
  for (const [category, pool] of pools) {
    const systemSize = systemSizes.get(category.codeSystem) ?? 1
    const share = (SYSTEM_SHARES[category.codeSystem] / presentShare) * (pool.length / systemSize)
    const count = Math.min(pool.length, Math.floor(total * share))
    counts.set(category, count)
    assigned += count
  }

  const byRoom = [...pools].sort(([, a], [, b]) => b.length - a.length)
  while (assigned < total) {
    const before = assigned
    for (const [category, pool] of byRoom) {
      const count = counts.get(category) ?? 0
      if (count < pool.length && assigned < total) {
        counts.set(category, count + 1)
        assigned++
      }
    }
    if (assigned === before) break
  }

  return counts
}

export interface PickedCode {
  code: string
  category: Category
}

function compareByCode(a: PickedCode, b: PickedCode): number {
  if (a.code < b.code) return -1
  if (a.code > b.code) return 1

  return 0
}

/**
 * Picks `total` distinct codes spread over the taxonomy's categories, sorted by code. Raises when
 * the taxonomy's categories cannot hold that many codes.
 */
export function pickCodes(taxonomy: Taxonomy, total: number, random: SeededRandom): PickedCode[] {
  const pools = categoryPools(taxonomy)
  const capacity = [...pools.values()].reduce((sum, pool) => sum + pool.length, 0)
  if (total > capacity) {
    throw new RangeError(
      `Cannot generate ${total} entries: the taxonomy's categories cover only ${capacity} codes. Use a smaller --entries value or a taxonomy with wider categories.`,
    )
  }

  const picked: PickedCode[] = []
  for (const [category, count] of allocate(pools, total)) {
    const pool = pools.get(category) ?? []
    for (const code of random.sample(pool, count)) picked.push({ code, category })
  }

  return picked.sort(compareByCode)
}
