/** The command line of bench/run.mjs, read into the run's settings (usage in its header). */
import { join, resolve } from 'node:path'
import { BENCH, ROOT } from './paths.mjs'

const PHASES = ['node', 'table', 'chart', 'history', 'datapath', 'size']

/**
 * `config` holds the measurement settings the phases read (and the summary is given, with the
 * target size added); the run's other choices sit beside it, so its shape stays as the summary
 * has always seen it.
 */
export function parseOptions(argv) {
  const flag = (name) => argv.includes(`--${name}`)
  const option = (name) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const list = (value) => value?.split(',').map((x) => x.trim())
  const smoke = flag('smoke')
  const sizesArg = list(option('sizes'))?.map(Number)
  const config = smoke
    ? {
        sizes: sizesArg ?? [1_000],
        reps: Number(option('reps') ?? 1),
        repsLarge: 1,
        scrollMs: 500,
        resizes: 2,
        dataSize: 1_000,
        dataReps: 1,
        out: join(ROOT, 'test-results', 'bench-smoke'),
        profile: false,
      }
    : {
        sizes: sizesArg ?? [10_000, 100_000, 1_000_000],
        reps: Number(option('reps') ?? 5),
        // 1,000,000 entries take ~30-40 s a page (reading a 360 MB body, AG Grid's 9 s sorts):
        // three repetitions there keep the whole run near 10 minutes on 2 cores.
        repsLarge: Number(option('reps-large') ?? option('reps') ?? 3),
        scrollMs: 2_000,
        resizes: 4,
        dataSize: 100_000,
        dataReps: 15,
        out: join(BENCH, 'results'),
        profile: !flag('no-profile'),
      }
  // --out and --dist let two runs (say, one per part being tuned) work side by side.
  if (option('out')) config.out = resolve(option('out'))
  return {
    smoke,
    config,
    dist: option('dist') ? resolve(option('dist')) : join(BENCH, 'dist'),
    only: new Set(list(option('only')) ?? PHASES),
    profileAll: flag('profile-all'),
    /** The size the targets are stated at. */
    targetSize: smoke ? config.sizes[0] : 100_000,
  }
}
