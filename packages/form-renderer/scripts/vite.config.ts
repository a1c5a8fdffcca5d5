import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// A page that renders a built-in template with the renderer, for looking at it (scripts/screenshots.mjs).
export default defineConfig({
  root: new URL('./harness/', import.meta.url).pathname,
  plugins: [react()],
  server: { port: Number(process.env.PORT ?? 5180), strictPort: true },
})
