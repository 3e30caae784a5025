// Types for nspell 2.x, which ships none: the part of its API the spell worker calls.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
    suggest(word: string): string[]
    add(word: string, model?: string): NSpell
    personal(dictionary: string): NSpell
  }

  function nspell(aff: string | Uint8Array, dic?: string | Uint8Array): NSpell

  export default nspell
}
