/**
 * What the chart works out per point. The series itself is core's `createBalanceSeries` (the
 * pipeline `useBalanceSeries` samples too), memoized per entries array in `useBalanceChart`.
 */
import type { BalancePoint } from '@usage-kit/core'

/**
 * `make` remembered per point: points keep their identity across resizes (see
 * `BalanceSeries.point`), so what is worked out from one (its words, a marker's name) is worked out
 * once, not on every resize and pointer move.
 */
export function rememberPerPoint<T>(make: (point: BalancePoint) => T): (point: BalancePoint) => T {
  const remembered = new WeakMap<BalancePoint, T>()
  return (point) => {
    let value = remembered.get(point)
    if (value === undefined) {
      value = make(point)
      remembered.set(point, value)
    }
    return value
  }
}
