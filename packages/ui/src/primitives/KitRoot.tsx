'use client'

import { useOptionalUsageKit } from '@usage-kit/react'
import {
  createContext,
  useContext,
  useMemo,
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
} from 'react'
import { asTheme, themeVariables, type UsageKitTheme } from '../theme/tokens.js'

export interface KitRootProps extends Omit<HTMLAttributes<HTMLElement>, 'style'> {
  /** The component's own class, always present (`uk-table`, ...), before the host's className. */
  part: string
  /** Overrides the provider's theme (or the enclosing kit component's) for this component. */
  theme?: UsageKitTheme | undefined
  style?: CSSProperties | undefined
  as?: 'div' | 'section' | 'figure'
  children?: ReactNode
}

/** The theme in effect at a kit root, for the kit roots nested inside it. */
interface KitScope {
  theme: UsageKitTheme | undefined
  mode: 'light' | 'dark'
}

const KitScopeContext = createContext<KitScope | null>(null)

/**
 * The element every kit component renders outermost. It scopes the kit's CSS (`uk-root`), carries
 * the theme as `--uk-*` variables and `data-theme`, and keeps the host's `className` and `style`
 * after the kit's, so the host wins.
 *
 * Kit roots nest (UsageHistory's parts are kit roots too), and the variables inherit down through
 * them (see styles/00-tokens.css). So only the outermost root writes the provider's theme; a
 * nested root writes a theme only when it is given one of its own (not the same object its
 * enclosing root has, as UsageHistory passes its own to its parts), and otherwise takes its
 * enclosing root's mode. Writing the same theme again on a nested root would hide a host's
 * `style` set on the outer one.
 */
export function KitRoot({
  part,
  theme,
  className,
  style,
  as: Element = 'div',
  children,
  ...rest
}: KitRootProps) {
  const settings = useOptionalUsageKit()
  const outer = useContext(KitScopeContext)
  const inEffect = theme ?? (outer ? outer.theme : asTheme(settings?.theme))
  const own = outer && inEffect === outer.theme ? undefined : inEffect
  const mode = own?.mode ?? outer?.mode ?? 'light'
  const variables = themeVariables(own) as CSSProperties
  const scope = useMemo<KitScope>(() => ({ theme: inEffect, mode }), [inEffect, mode])
  return (
    <Element
      {...rest}
      className={className ? `uk-root ${part} ${className}` : `uk-root ${part}`}
      data-theme={mode}
      style={style ? { ...variables, ...style } : variables}
    >
      <KitScopeContext.Provider value={scope}>{children}</KitScopeContext.Provider>
    </Element>
  )
}
