import { useOptionalUsageKit } from '@usage-kit/react'
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react'
import { asTheme, themeVariables, type UsageKitTheme } from '../theme/tokens.js'

export interface KitRootProps extends Omit<HTMLAttributes<HTMLElement>, 'style'> {
  /** The component's own class, always present (`uk-table`, ...), before the host's className. */
  part: string
  /** Overrides the provider's theme for this component. */
  theme?: UsageKitTheme | undefined
  style?: CSSProperties | undefined
  as?: 'div' | 'section' | 'figure'
  children?: ReactNode
}

/**
 * The element every kit component renders outermost. It scopes the kit's CSS (`uk-root`), carries
 * the theme as `--uk-*` variables and `data-theme`, and keeps the host's `className` and `style`
 * after the kit's, so the host wins.
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
  const resolved = theme ?? asTheme(settings?.theme)
  const variables = themeVariables(resolved) as CSSProperties
  return (
    <Element
      {...rest}
      className={className ? `uk-root ${part} ${className}` : `uk-root ${part}`}
      data-theme={resolved?.mode ?? 'light'}
      style={style ? { ...variables, ...style } : variables}
    >
      {children}
    </Element>
  )
}
