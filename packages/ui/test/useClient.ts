/**
 * The rule for `'use client'` in the published packages, as code (checked by use-client.test.ts).
 *
 * A module of @usage-kit/react or @usage-kit/ui starts with `'use client'` exactly when it uses
 * what a Server Component cannot: it calls a hook (`useX(...)`, `use(...)`), creates a context,
 * touches the DOM (`window.`, `document.`, `new ResizeObserver(...)`, `requestAnimationFrame(...)`,
 * `instanceof HTMLElement`, ...) or hands the DOM an event handler or a ref (`onClick=`, `ref=`).
 * Every other module stays free of it, so its exports remain plain values a server can call
 * (`ledgerInfiniteQueryOptions` for a server prefetch, `createFormatters`, the constants):
 * a `'use client'` module's exports reach the server only as client references.
 *
 * Entry and barrel files (`index.ts`) never carry it. React's and Next.js' guidance for libraries
 * is to mark the leaf modules that need the client and leave re-exporting entries unmarked: a
 * Server Component importing `UsageHistory` from `@usage-kit/ui` then gets a client reference
 * from the leaf, while the pure exports of the same entry stay callable on the server (a marked
 * barrel would turn every export into a client reference, and Next.js cannot list the names
 * behind `export *` in a client boundary).
 *
 * @usage-kit/core (and /server) never carries it and imports nothing client-only.
 */
import ts from 'typescript'

/**
 * Globals only a browser has; a use as a value (not under `typeof`) makes a module client-only.
 * Names that code commonly gives its own variables (`history`, `location`, `Node`) are left out.
 */
const DOM_GLOBALS = new Set([
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'matchMedia',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'ResizeObserver',
  'IntersectionObserver',
  'MutationObserver',
  'HTMLElement',
])

/** React APIs a Server Component does not have, called rather than imported as types. */
const CLIENT_CALLS = new Set(['createContext', 'createPortal', 'flushSync'])

/** A hook by React's naming rule: `use`, `useState`, `useLedger` (`server.use(...)` is a method, not `use`). */
const HOOK = /^use(?:[A-Z]\w*)?$/

/** Why a module needs `'use client'` (each reason once, with the first line it occurs on); empty when it does not. */
export function clientReasons(fileName: string, text: string): string[] {
  const file = parse(fileName, text)
  const reasons = new Map<string, number>()
  const note = (reason: string, node: ts.Node) => {
    if (!reasons.has(reason))
      reasons.set(reason, file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const name = calleeName(node.expression)
      if (name !== null && (HOOK.test(name) || CLIENT_CALLS.has(name))) note(`calls ${name}`, node)
    }
    // Importing a hook is enough: React's server build has no `useState`, and Next.js refuses the
    // import in a Server Component's module graph before anything is called.
    if (ts.isImportSpecifier(node) && !node.isTypeOnly && !node.parent.parent.isTypeOnly) {
      const name = (node.propertyName ?? node.name).text
      if (HOOK.test(name) || CLIENT_CALLS.has(name)) note(`imports ${name}`, node)
    }
    if (ts.isIdentifier(node) && DOM_GLOBALS.has(node.text) && isDomUse(node))
      note(`uses ${node.text}`, node)
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name)) {
      const name = node.name.text
      if (name === 'ref' || /^on[A-Z]/.test(name)) note(`passes ${name}`, node)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return [...reasons].map(([reason, line]) => `${reason} (line ${line})`)
}

/** Whether the module's directive prologue (the string statements it starts with) holds `'use client'`. */
export function hasUseClient(fileName: string, text: string): boolean {
  for (const statement of parse(fileName, text).statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression))
      return false
    if (statement.expression.text === 'use client') return true
  }
  return false
}

/** The modules a file imports or re-exports at run time (type-only imports are erased). */
export function runtimeImports(fileName: string, text: string): string[] {
  const specifiers: string[] = []
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) ||
      (ts.isExportDeclaration(node) && !node.isTypeOnly)
    ) {
      if (node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
        specifiers.push(node.moduleSpecifier.text)
    }
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      specifiers.push(node.arguments[0].text)
    ts.forEachChild(node, visit)
  }
  visit(parse(fileName, text))
  return specifiers
}

function parse(fileName: string, text: string): ts.SourceFile {
  const kind = fileName.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : fileName.endsWith('.js')
      ? ts.ScriptKind.JS
      : ts.ScriptKind.TS
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind)
}

/** `useX` in `useX(...)` and `React.useX(...)`, `X` in `new X(...)`; null for anything else. */
function calleeName(callee: ts.Expression): string | null {
  if (ts.isIdentifier(callee)) return callee.text
  // A method: `React.useState(...)` is a hook, `server.use(...)` is not.
  if (ts.isPropertyAccessExpression(callee) && callee.name.text !== 'use') return callee.name.text
  return null
}

/**
 * A global used as a value: `window.x`, `requestAnimationFrame(...)`, `new ResizeObserver(...)`,
 * `x instanceof HTMLElement`. Not `typeof window` (a guard, which server code may hold), a type,
 * a property name (`event.target.document`) or a declaration of the same name.
 */
function isDomUse(node: ts.Identifier): boolean {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent)) return parent.expression === node
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return parent.expression === node
  if (ts.isBinaryExpression(parent))
    return parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && parent.right === node
  return false
}
