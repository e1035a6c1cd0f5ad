import { memo, type ReactNode } from 'react'
import type { BalancePoint } from '@usage-kit/core'
import type { Translate } from '../i18n/useMessages.js'
import { KindBadge } from '../primitives/KindBadge.js'
import { MARKER_BOX, MARKER_SYMBOLS, type ChartMarker, type MarkerKind } from './paths.js'
import type { PointText } from './useBalanceChart.js'
import { dataFlag } from '../primitives/dataFlag.js'

export interface ChartDataTableProps {
  id: string
  points: readonly BalancePoint[]
  /** Points in the whole series, to say when the table shows a sample. */
  total: number
  activePoint: BalancePoint | null
  describe: (point: BalancePoint) => PointText
  t: Translate
}

/**
 * The chart as a table: the same (downsampled) points the line is drawn from, oldest first.
 */
export function ChartDataTable({
  id,
  points,
  total,
  activePoint,
  describe,
  t,
}: ChartDataTableProps) {
  return (
    <ChartTableBox
      id={id}
      caption={t('chart.table')}
      note={
        points.length < total ? t('chart.tableNote', { shown: points.length, total }) : undefined
      }
    >
      <thead>
        <tr>
          <th scope="col" className="uk-chart__th">
            {t('chart.date')}
          </th>
          <th scope="col" className="uk-chart__th" data-numeric="">
            {t('chart.balance')}
          </th>
          <th scope="col" className="uk-chart__th">
            {t('chart.kind')}
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <ChartDataRow
            key={point.entryId}
            point={point}
            active={point === activePoint}
            describe={describe}
            t={t}
          />
        ))}
      </tbody>
    </ChartTableBox>
  )
}

/**
 * A chart's table in its scroll box, named by its caption; the box is focusable so keyboard
 * users can scroll it. `note` says what the table leaves out.
 */
export function ChartTableBox({
  id,
  caption,
  note,
  children,
}: {
  id: string
  caption: string
  note?: string | undefined
  children: ReactNode
}) {
  const captionId = `${id}-caption`
  return (
    <div className="uk-chart__table-box">
      <div
        className="uk-chart__table-scroll"
        id={id}
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table className="uk-chart__table">
          <caption id={captionId} className="uk-chart__table-caption">
            {caption}
          </caption>
          {children}
        </table>
      </div>
      {note ? <p className="uk-chart__table-note">{note}</p> : null}
    </div>
  )
}

/**
 * One row, memoized: moving the crosshair changes one row's highlight, so hundreds of rows are not
 * formatted again on every pointer move.
 */
const ChartDataRow = memo(function ChartDataRow({
  point,
  active,
  describe,
  t,
}: {
  point: BalancePoint
  active: boolean
  describe: (point: BalancePoint) => PointText
  t: Translate
}) {
  const text = describe(point)
  return (
    <tr className="uk-chart__row" data-active={dataFlag(active)}>
      <td className="uk-chart__td">{text.date}</td>
      <td className="uk-chart__td" data-numeric="">
        <bdi>{text.balance}</bdi>
      </td>
      <td className="uk-chart__td">
        <KindBadge kind={point.kind} pending={false} t={t} />
      </td>
    </tr>
  )
})

/** Which shape means what; only the kinds that are on the chart, and the forecast's dashes. */
export function ChartLegend({
  markers,
  forecast = false,
  t,
}: {
  markers: readonly ChartMarker[]
  forecast?: boolean
  t: Translate
}) {
  const kinds = (['grant', 'expiration'] as const).filter((kind: MarkerKind) =>
    markers.some((marker) => marker.kind === kind),
  )
  if (kinds.length === 0 && !forecast) return null
  return (
    <ul className="uk-chart__legend" aria-label={t('chart.legend')}>
      {kinds.map((kind) => (
        <li key={kind} className="uk-chart__legend-item" data-kind={kind}>
          <svg
            className="uk-chart__legend-symbol uk-chart__marker"
            data-kind={kind}
            width={MARKER_BOX}
            height={MARKER_BOX}
            aria-hidden="true"
          >
            <path
              d={MARKER_SYMBOLS[kind]}
              transform={`translate(${MARKER_BOX / 2},${MARKER_BOX / 2})`}
            />
          </svg>
          {t(kind === 'grant' ? 'chart.grant' : 'chart.expiration')}
        </li>
      ))}
      {forecast ? (
        <li className="uk-chart__legend-item" data-kind="forecast">
          <svg
            className="uk-chart__legend-symbol"
            width={20}
            height={MARKER_BOX}
            aria-hidden="true"
          >
            <path className="uk-chart__forecast" d={`M1,${MARKER_BOX / 2}H19`} />
          </svg>
          {t('chart.forecastLegend')}
        </li>
      ) : null}
    </ul>
  )
}
