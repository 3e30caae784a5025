// Most useful first: the text area of a rich-text field comes after its toolbar buttons in the
// document, but focusing the text is what a person expects.
const FOCUS_ORDER = [
  '[contenteditable="true"]',
  'input:not([type="hidden"]), select, textarea',
  'button, [tabindex]',
]

/** Returns the element of an editable field by its problem path, such as `faqs[2].answer`. */
export function findFieldElement(field: string, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)
}

function focusTarget(element: HTMLElement): HTMLElement {
  for (const selector of FOCUS_ORDER) {
    if (element.matches(selector)) return element

    const inside = element.querySelector<HTMLElement>(selector)
    if (inside !== null) return inside
  }

  return element
}

/**
 * Scrolls to a field and focuses it, or the most useful focusable element inside it (the editable
 * area of a rich-text field). Returns false when no element has that `data-field`.
 */
export function focusField(field: string, root: ParentNode = document): boolean {
  const element = findFieldElement(field, root)
  if (element === null) return false

  element.scrollIntoView({ block: 'center' })
  focusTarget(element).focus()

  return true
}

/** Returns the paths from a field up to its top-level field: `faqs[2].answer`, `faqs[2]`, `faqs`. */
export function fieldPathAncestors(field: string): string[] {
  const paths: string[] = []
  let current = field

  while (current !== '') {
    paths.push(current)
    const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['))
    current = cut <= 0 ? '' : current.slice(0, cut)
  }

  return paths
}

/**
 * Focuses the field a problem names, or the nearest enclosing field that is on screen when the
 * exact one is not (`rvu.release` falls back to `rvu`). Returns false when none is.
 */
export function focusProblemField(field: string, root: ParentNode = document): boolean {
  return fieldPathAncestors(field).some((path) => focusField(path, root))
}
