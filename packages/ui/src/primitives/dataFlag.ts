/**
 * A boolean state as a presence-only `data-*` attribute: present (empty) when true, absent when
 * false. One rule for every flag the kit exposes, so a host's selector is always `[data-pending]`
 * or `:not([data-pending])`, never a guess between `="true"`, `="false"` and absent.
 */
export function dataFlag(value: boolean | null | undefined): '' | undefined {
  return value ? '' : undefined
}
