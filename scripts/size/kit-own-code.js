// Everything the three published packages export from their main entry points, so size-limit
// measures the own code every host pays (language packs are opt-in and measured on their own).
export * as core from '../../packages/core/dist/index.js'
export * as react from '../../packages/react/dist/index.js'
export * as ui from '../../packages/ui/dist/index.js'
