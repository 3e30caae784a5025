/** Word and character counts of a field's plain text, as shown under each field. */
export interface TextCounts {
  words: number
  characters: number
}

/** Counts words (runs of non-space characters) and characters of plain text. */
export function countText(text: string): TextCounts {
  const trimmed = text.trim()

  return {
    words: trimmed === '' ? 0 : trimmed.split(/\s+/).length,
    characters: [...text].length,
  }
}

export function formatCounts(counts: TextCounts): string {
  const words = `${counts.words} ${counts.words === 1 ? 'word' : 'words'}`
  const characters = `${counts.characters} ${counts.characters === 1 ? 'character' : 'characters'}`

  return `${words}, ${characters}`
}
