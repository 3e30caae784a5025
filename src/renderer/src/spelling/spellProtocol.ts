/** Messages the editor sends to the spell-check worker. */
export type SpellRequest =
  | { type: 'check'; id: number; words: string[] }
  | { type: 'suggest'; id: number; word: string }
  | { type: 'add'; words: string[] }

/** Messages the spell-check worker sends back. */
export type SpellResponse =
  | { type: 'ready' }
  | { type: 'checked'; id: number; misspelled: string[] }
  | { type: 'suggested'; id: number; suggestions: string[] }
