'use client'

/** A ghost button of the filter bar with a small stroked icon before its text (reset, undo). */
export function FilterBarButton({
  part,
  icon,
  label,
  onClick,
  disabled,
}: {
  /** The BEM element: `uk-filter-bar__${part}`, its icon `uk-filter-bar__${part}-icon`. */
  part: 'reset' | 'undo'
  /** An SVG path in a 16×16 box, drawn with the text's colour. */
  icon: string
  label: string
  onClick: () => void
  disabled?: boolean
}) {
  return (
    <button
      type="button"
      className={`uk-button uk-filter-bar__${part}`}
      data-variant="ghost"
      disabled={disabled}
      onClick={onClick}
    >
      <svg
        className={`uk-filter-bar__${part}-icon`}
        viewBox="0 0 16 16"
        width="14"
        height="14"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d={icon}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      {label}
    </button>
  )
}
