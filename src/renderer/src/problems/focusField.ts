const FOCUSABLE = '[contenteditable="true"], input, select, textarea, button, [tabindex]'

/** Returns the element of an editable field by its problem path, such as `faqs[2].answer`. */
export function findFieldElement(field: string, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)
}

/**
 * Scrolls to a field and focuses it, or the first focusable element inside it (the editable area
 * of a rich-text field). Returns false when no element has that `data-field`.
 */
export function focusField(field: string, root: ParentNode = document): boolean {
  const element = findFieldElement(field, root)
  if (element === null) return false

  const target = element.matches(FOCUSABLE)
    ? element
    : element.querySelector<HTMLElement>(FOCUSABLE)
  element.scrollIntoView({ block: 'center' })
  ;(target ?? element).focus()

  return true
}
