interface Control {
  /** The button's accessible name, naming what it acts on ("Move “Visa delays” up"). */
  label: string
  /** The short hint shown on hover ("Move up (Alt+Up)"). */
  hint: string
  /** Marks the button for focus management and tests (data-control). */
  name: string
}

interface Props {
  up: Control & { disabled: boolean; onClick: () => void }
  down: Control & { disabled: boolean; onClick: () => void }
  remove: Control & { onClick: () => void }
}

/**
 * The one way to move or remove something in a list, wherever the list is (a brief's outline and
 * sections, a package's briefs): three small buttons, ↑ ↓ ✕, named in full for screen readers.
 */
export function MoveRemoveControls({ up, down, remove }: Props) {
  return (
    <>
      <button
        type="button"
        className="icon-button"
        data-control={up.name}
        disabled={up.disabled}
        aria-label={up.label}
        title={up.hint}
        onClick={up.onClick}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-button"
        data-control={down.name}
        disabled={down.disabled}
        aria-label={down.label}
        title={down.hint}
        onClick={down.onClick}
      >
        ↓
      </button>
      <button
        type="button"
        className="icon-button icon-button-danger"
        data-control={remove.name}
        aria-label={remove.label}
        title={remove.hint}
        onClick={remove.onClick}
      >
        ✕
      </button>
    </>
  )
}
