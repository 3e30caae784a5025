// Letters whose spoken name starts with a vowel sound: "an F", "an H", "an M", "an X".
const VOWEL_SOUND_LETTERS = new Set(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X'])
// Acronyms and code names pronounced as words rather than letter by letter.
const WORD_ACRONYMS: ReadonlyMap<string, 'a' | 'an'> = new Map([['MIPS', 'a']])

/**
 * Returns "a" or "an" for the word as it is pronounced: letter by letter for codes and acronyms
 * ("an HCPCS code", "an M code", "a CPT code"), and by sound for numbers ("an 8", "an 11", "an 18").
 */
export function indefiniteArticle(word: string): 'a' | 'an' {
  const trimmed = word.trim()
  const firstWord = trimmed.split(/\s+/)[0] ?? ''
  const known = WORD_ACRONYMS.get(firstWord)
  if (known !== undefined) return known

  const digits = /^\d+/.exec(trimmed)?.[0]
  if (digits !== undefined) {
    if (digits.startsWith('8')) return 'an'
    // 11 and 18 and every group starting with them ("eleven thousand", "eighteen hundred").
    const leadingGroup =
      digits.length % 3 === 0 ? digits.slice(0, 3) : digits.slice(0, digits.length % 3)
    return leadingGroup === '11' || leadingGroup === '18' ? 'an' : 'a'
  }

  const isAcronym =
    /^[A-Z0-9]{1,6}\b/.test(trimmed) &&
    trimmed.split(/\s/)[0] === trimmed.split(/\s/)[0]?.toUpperCase()
  const first = trimmed.charAt(0)
  if (isAcronym) return VOWEL_SOUND_LETTERS.has(first) ? 'an' : 'a'

  return /^[aeiou]/i.test(trimmed) ? 'an' : 'a'
}
