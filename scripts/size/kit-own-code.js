// Everything the three published packages export, so size-limit measures their whole own code.
export * as core from '../../packages/core/dist/index.js'
export * as react from '../../packages/react/dist/index.js'
export * as ui from '../../packages/ui/dist/index.js'
