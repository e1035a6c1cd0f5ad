/** Random damage to a JSON document: one place replaced by another JSON value, or a key removed. */
import fc from 'fast-check'

type Json = unknown

/** Every path into a JSON value: arrays and objects are walked, leaves are places too. */
function paths(
  value: Json,
  at: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(at)
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...at, i], out))
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths(item, [...at, key], out)
  }
  return out
}

function mutate(body: Json, path: (string | number)[], replacement: Json | typeof REMOVE): Json {
  if (path.length === 0) return replacement === REMOVE ? undefined : replacement
  const copy = structuredClone(body) as Record<string | number, unknown>
  let parent = copy
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path[path.length - 1] as string | number
  if (replacement === REMOVE) {
    if (Array.isArray(parent)) parent.splice(last as number, 1)
    else delete parent[last]
  } else parent[last] = replacement
  return copy
}

const REMOVE = Symbol('remove')

/** A body one mutation away from valid, and the JSON path of the place mutated (`$.a[0].b`). */
export interface Mutation {
  body: Json
  path: string
}

/** Bodies one mutation away from `valid`, with where each was mutated. */
export function mutation(valid: Json): fc.Arbitrary<Mutation> {
  const all = paths(valid)
  return fc
    .tuple(
      fc.nat(all.length - 1),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(REMOVE as never)),
    )
    .map(([index, replacement]) => {
      const path = all[index] as (string | number)[]
      return { body: mutate(valid, path, replacement), path: jsonPath(path) }
    })
}

/** Bodies one mutation away from `valid`. */
export function mutatedBody(valid: Json): fc.Arbitrary<Json> {
  return mutation(valid).map(({ body }) => body)
}

function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${key}`),
    '$',
  )
}
