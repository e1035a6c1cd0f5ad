/** Where the benchmark lives: the repository root (child processes run there) and bench/. */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BENCH = join(ROOT, 'bench')
