import { LedgerError } from '../errors.js'
import type { LedgerSource } from '../source.js'

interface Flight<T> {
  promise: Promise<T>
  controller: AbortController
  waiting: number
}

/**
 * Reads keyed by what they read, shared while in flight: a second caller joins the first read
 * instead of starting another. Each caller keeps its own abort: leaving rejects that caller
 * alone, and the shared read is aborted only when the last caller has left.
 */
export function createSharedReads<T>(source: LedgerSource) {
  const flights = new Map<string, Flight<T>>()

  function start(key: string, run: (signal: AbortSignal) => Promise<T>): Flight<T> {
    const controller = new AbortController()
    const flight: Flight<T> = { promise: run(controller.signal), controller, waiting: 0 }
    const land = () => {
      if (flights.get(key) === flight) flights.delete(key)
    }
    flight.promise.then(land, land)
    flights.set(key, flight)
    return flight
  }

  return {
    /** The read in flight under `key`, or `run` started as one. */
    join(
      key: string,
      signal: AbortSignal | undefined,
      run: (signal: AbortSignal) => Promise<T>,
    ): Promise<T> {
      if (signal?.aborted) return Promise.reject(aborted(source))
      const flight = flights.get(key) ?? start(key, run)
      flight.waiting++
      return new Promise<T>((resolve, reject) => {
        let left = false
        const leave = () => {
          if (left) return
          left = true
          signal?.removeEventListener('abort', onAbort)
          flight.waiting--
        }
        const onAbort = () => {
          leave()
          if (flight.waiting === 0) {
            // Nobody wants it any more; a later caller must not join an aborted read.
            if (flights.get(key) === flight) flights.delete(key)
            flight.controller.abort()
          }
          reject(aborted(source))
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        flight.promise.then(
          (value) => {
            leave()
            resolve(value)
          },
          (error: unknown) => {
            leave()
            reject(error)
          },
        )
      })
    },
  }
}

function aborted(source: LedgerSource): LedgerError {
  return new LedgerError({ kind: 'aborted', provider: source.provider })
}
