import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const runtime = process.env.SIGNOFF_RUNTIME_URL ?? 'http://localhost:8787'

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: { port: 5174, proxy: { '/api': { target: runtime, changeOrigin: false } } },
  preview: { proxy: { '/api': { target: runtime, changeOrigin: false } } },
  build: { outDir: 'dist', chunkSizeWarningLimit: 2500 },
})
