/** Reads one property of an element's inline `style` attribute, lowercased, or null. */
export function inlineStyle(element: Element, property: string): string | null {
  const style = element.getAttribute('style')
  if (style === null) return null

  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':')
    if (colon === -1) continue
    if (declaration.slice(0, colon).trim().toLowerCase() === property) {
      return declaration
        .slice(colon + 1)
        .trim()
        .toLowerCase()
    }
  }

  return null
}
