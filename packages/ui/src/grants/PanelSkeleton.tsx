/** The grants panel's and the statement's loading state: placeholder bars, and `label` read out. */
export function PanelSkeleton({
  className,
  rows,
  label,
}: {
  className: string
  rows: number
  label: string
}) {
  return (
    <div className={className} role="status">
      <span className="uk-visually-hidden">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <span key={i} className="uk-skeleton" aria-hidden="true" />
      ))}
    </div>
  )
}
