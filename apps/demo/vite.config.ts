import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { workspaceAliases } from '../../workspace-aliases.js'
import { ledgerServerPlugin } from './server-mode.js'

// The demo runs the kit from source (no package build needed for `pnpm demo`).
export default defineConfig({
  plugins: [react(), ledgerServerPlugin()],
  resolve: { alias: workspaceAliases },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: 'dist', sourcemap: true },
})
