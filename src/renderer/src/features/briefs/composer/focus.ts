// Ids that tie the checks panel, the preview and the keyboard moves to the outline's elements.

/** The id of an outline item's element. */
export const outlineItemId = (itemId: string) => `outline-item-${itemId}`

/** The id of an outline section's heading. */
export const outlineSectionId = (sectionId: string) => `outline-section-${sectionId}`

/**
 * Focuses an element of an item once React has drawn it (after a move the item may be drawn
 * in another section). `control` names a button by its data-control; the item's title otherwise.
 */
export function focusItem(itemId: string, control?: string): void {
  requestAnimationFrame(() => {
    const item = document.getElementById(outlineItemId(itemId))
    if (!item) return
    const wanted = control ? item.querySelector<HTMLElement>(`[data-control="${control}"]:not(:disabled)`) : null
    const target = wanted ?? item.querySelector<HTMLElement>('[data-control="title"]') ?? item
    target.focus()
    target.scrollIntoView({ block: 'nearest' })
  })
}

/** Focuses a section's control (by data-control) or, without one or when it is disabled, its heading. */
export function focusSection(sectionId: string, control?: string): void {
  requestAnimationFrame(() => {
    const heading = document.getElementById(outlineSectionId(sectionId))
    const section = heading?.closest('li')
    const wanted = control ? section?.querySelector<HTMLElement>(`[data-control="${control}"]:not(:disabled)`) : null
    const target = wanted ?? heading
    target?.focus()
    target?.scrollIntoView({ block: 'nearest' })
  })
}

const CONTROLS = 'input, select, textarea, button'

/**
 * Focuses one input of the meeting details panel, opening the panel first: it draws its fields
 * only once open, so the input is looked for over the next few frames.
 */
export function focusDetailsField(inputId: string): void {
  const panel = document.querySelector<HTMLDetailsElement>('details.details-panel')
  if (panel && !panel.open) panel.open = true
  let frames = 10
  const look = (): void => {
    const found = document.getElementById(inputId)
    // A list of people is a fieldset: its first control (a name, or "Add") takes the focus.
    const input = found?.matches(CONTROLS) ? found : (found?.querySelector<HTMLElement>(CONTROLS) ?? found)
    if (input) {
      input.focus()
      input.scrollIntoView({ block: 'nearest' })
    } else if ((frames -= 1) > 0) {
      requestAnimationFrame(look)
    }
  }
  requestAnimationFrame(look)
}

/** True when a key press is typing into a field, where Ctrl+Z and Alt+arrows belong to the field. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
}
