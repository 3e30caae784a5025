import { indefiniteArticle } from '../../codes/article'
import { CODE_SYSTEM_LABELS, type CodeSystem, deriveCodeSystem } from '../../codes/codeSystem'
import type { Rule } from '../engine'
import { entryTexts } from '../entryTexts'

type Family = 'CPT' | 'HCPCS'

// "HCPCS Level I" is the formal name of CPT, so only "HCPCS" alone or "HCPCS Level II" claims that
// a code is not CPT.
const FAMILY = String.raw`(CPT|HCPCS)(?:\s+(?:Level|Category)\s+(II|I{1,3}|[123]))?`
const CODE = String.raw`([A-Z]\d{4}|\d{4}[FT]|\d{5})`

// "M1440 is a CPT code", "G2012 is an HCPCS Level II code".
const CODE_IS_FAMILY = new RegExp(
  String.raw`\b${CODE}\s+(?:is|was)\s+(?:not\s+)?(?:an?|the)\s+${FAMILY}\s+codes?\b`,
  'g',
)
// "CPT code M1440", "HCPCS code 99213".
const FAMILY_CODE = new RegExp(String.raw`\b${FAMILY}\s+codes?\s+${CODE}\b`, 'g')
// "this CPT code", "This code is a CPT code", "it is an HCPCS code": the entry's own code.
const SELF_FAMILY = new RegExp(
  String.raw`\b(?:[Tt]his\s+${FAMILY}\s+code|(?:[Tt]his\s+code|[Ii]t)\s+is\s+(?:an?\s+)${FAMILY}\s+code)\b`,
  'g',
)

function claimedFamily(family: string, level: string | undefined): Family | null {
  if (family === 'CPT') return 'CPT'
  // HCPCS Level I is CPT under its formal name.
  if (level === 'I' || level === '1') return null
  return 'HCPCS'
}

function actualFamily(system: CodeSystem): Family {
  return system === 'hcpcs-level-2' ? 'HCPCS' : 'CPT'
}

function correction(family: Family): string {
  return family === 'HCPCS' ? 'an HCPCS code' : 'a CPT code'
}

export const codeSystemTermRule: Rule = {
  id: 'terminology/code-system',
  description: 'Text does not call an HCPCS Level II code a CPT code, or a CPT code an HCPCS code.',
  defaultSeverity: 'error',
  check(entry, _context, report) {
    for (const { field, text } of entryTexts(entry)) {
      // Most text names no code system; skipping it saves three regular-expression scans.
      if (!text.includes('CPT') && !text.includes('HCPCS')) continue

      const wrong = (phrase: string, code: string, claimed: Family, system: CodeSystem) =>
        report(
          field,
          `${field}: '${phrase}' calls ${code} ${correction(claimed)}, but ${code} is ${indefiniteArticle(CODE_SYSTEM_LABELS[system])} ${CODE_SYSTEM_LABELS[system]} code. Call it ${correction(actualFamily(system))}.`,
        )

      for (const match of text.matchAll(CODE_IS_FAMILY)) {
        const [phrase, code = '', family = '', level] = match
        const system = deriveCodeSystem(code)
        const claimed = claimedFamily(family, level)
        if (/\bnot\b/.test(phrase) || system === null || claimed === null) continue
        if (claimed !== actualFamily(system)) wrong(phrase, code, claimed, system)
      }
      for (const match of text.matchAll(FAMILY_CODE)) {
        const [phrase, family = '', level, code = ''] = match
        const system = deriveCodeSystem(code)
        const claimed = claimedFamily(family, level)
        if (system === null || claimed === null) continue
        if (claimed !== actualFamily(system)) wrong(phrase, code, claimed, system)
      }
      for (const match of text.matchAll(SELF_FAMILY)) {
        const [phrase] = match
        const family = match[1] ?? match[3] ?? ''
        const level = match[1] !== undefined ? match[2] : match[4]
        const claimed = claimedFamily(family, level)
        if (claimed === null) continue
        if (claimed !== actualFamily(entry.codeSystem))
          wrong(phrase, entry.code, claimed, entry.codeSystem)
      }
    }
  },
}

// A code, a code-system acronym, "E/M", or a single letter naming a code group ("an M code").
const ARTICLE_BEFORE_TERM =
  /\b([Aa]n?)\s+([A-Z]\d{4}|\d{4}[FT]|\d{5}|CPT|HCPCS|MIPS|RVUs?|CMS|AMA|NPI|E\/M|[A-Z](?=\s+codes?\b))(?![\w/])/g

export const articleRule: Rule = {
  id: 'terminology/article',
  description:
    'The indefinite article before a code or code-system name agrees with how it is said ("an M code", "an HCPCS code", "a CPT code").',
  defaultSeverity: 'warning',
  check(entry, _context, report) {
    for (const { field, text } of entryTexts(entry)) {
      for (const match of text.matchAll(ARTICLE_BEFORE_TERM)) {
        const [phrase, article = '', term = ''] = match
        const expected = indefiniteArticle(term)
        if (article.toLowerCase() === expected) continue

        const fixed = article[0] === 'A' ? expected[0]?.toUpperCase() + expected.slice(1) : expected
        report(
          field,
          `${field}: '${phrase}' has the wrong article, because ${term} is said ${expected === 'an' ? 'with a vowel sound' : 'with a consonant sound'} first. Write '${fixed} ${term}'.`,
        )
      }
    }
  },
}
