/**
 * The repetition loop of the browser phases: variants alternate (A B A B) so that drift in the
 * machine's load falls on both sides alike, and rep i of each variant can be paired.
 */
import { round } from './stats.mjs'

/** Runs A B A B over the repetitions; a variant that fails is reported as not run. */
export async function interleaved({ config, log }, label, variants, sizes, runOne) {
  const out = []
  for (const size of sizes) {
    const runs = Object.fromEntries(variants.map((v) => [v, []]))
    const errors = {}
    const reps = size >= 1_000_000 ? config.repsLarge : config.reps
    for (let rep = 0; rep < reps; rep++) {
      for (const variant of variants) {
        if (errors[variant]) continue
        try {
          const run = await runOne(variant, size)
          runs[variant].push(run)
          log(`${label} ${size.toLocaleString('en-US')} ${variant} rep ${rep + 1}: ${brief(run)}`)
        } catch (error) {
          errors[variant] = String(error.message ?? error)
          log(
            `${label} ${size.toLocaleString('en-US')} ${variant}: did not run (${errors[variant]})`,
          )
        }
      }
    }
    out.push({ size, runs, errors })
  }
  return out
}

/** One log line per run: its timings, sizes and node counts (not the load or DOM-only times). */
const brief = (run) =>
  Object.entries(run)
    .filter(
      ([k, v]) => typeof v === 'number' && /Ms$|MB$|nodes$/.test(k) && !/load|dom|data/i.test(k),
    )
    .map(([k, v]) => `${k}=${round(v)}`)
    .join(' ') +
  (run.steady
    ? ` steady=${run.steady.frames}f/${run.steady.blankFrames}b drag=${run.drag.frames}f/${run.drag.blankFrames}b`
    : '')
