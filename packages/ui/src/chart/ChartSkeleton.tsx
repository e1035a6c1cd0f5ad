/** The charts' loading state: a placeholder plot and ticks, and `label` for assistive technology. */
export function ChartSkeleton({ height, label }: { height: number; label: string }) {
  return (
    <div className="uk-chart__skeleton" role="status" style={{ height }}>
      <span className="uk-visually-hidden">{label}</span>
      <span className="uk-skeleton uk-chart__skeleton-area" aria-hidden="true" />
      <span className="uk-chart__skeleton-ticks" aria-hidden="true">
        {[0, 1, 2, 3, 4].map((i) => (
          <span key={i} className="uk-skeleton uk-chart__skeleton-tick" />
        ))}
      </span>
    </div>
  )
}
