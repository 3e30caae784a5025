/** Quotes text for a problem message, cut to `max` characters with an ellipsis. */
export function quoteText(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const characters = [...flat]
  const quoted =
    characters.length > max
      ? `${characters
          .slice(0, max - 1)
          .join('')
          .trimEnd()}…`
      : flat

  return `'${quoted}'`
}
