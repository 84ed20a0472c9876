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
  const buttons = [
    { control: up, glyph: '↑', disabled: up.disabled, className: 'icon-button' },
    { control: down, glyph: '↓', disabled: down.disabled, className: 'icon-button' },
    { control: remove, glyph: '✕', disabled: false, className: 'icon-button icon-button-danger' }
  ]
  return (
    <>
      {buttons.map(({ control, glyph, disabled, className }) => (
        <button
          key={control.name}
          type="button"
          className={className}
          data-control={control.name}
          disabled={disabled}
          aria-label={control.label}
          title={control.hint}
          onClick={control.onClick}
        >
          {glyph}
        </button>
      ))}
    </>
  )
}
