export interface CodeMention {
  code: string
  /** Offset of the code in the text. */
  index: number
}

// HCPCS Level II (M1440) and CPT Category II and III (0001F, 0042T) codes are recognisable on their
// own. Five digits alone could be a count or an amount, so a CPT Category I code counts as a
// mention only right after "CPT", "code", "codes" or "see" ("see 99213", "CPT code 99214").
// NOTE: the second code of a list ("codes 99213 and 99214") is therefore not found.
const CODE_MENTION =
  /\b([A-Z]\d{4}|\d{4}[FT])\b|\b(?:CPT|[Cc]odes?|[Ss]ee)\s+(?:[Cc]odes?\s+)?(\d{5})\b/g

/** Finds the billing codes a text mentions, in order of appearance. */
export function findCodeMentions(text: string): CodeMention[] {
  const mentions: CodeMention[] = []

  for (const match of text.matchAll(CODE_MENTION)) {
    const code = match[1] ?? match[2]
    if (code === undefined) continue

    const index = match[1] !== undefined ? match.index : match.index + match[0].lastIndexOf(code)
    mentions.push({ code, index })
  }

  return mentions
}
