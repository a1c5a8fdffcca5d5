import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { repoRoot } from './browser-paths.ts'

export interface BundleSize {
  app: string
  /** The entry chunk and every chunk it imports statically: what loads before the first screen. */
  initialFiles: number
  initialBytes: number
  initialGzipBytes: number
  /** Every JavaScript chunk of the build, lazy ones included. */
  totalGzipBytes: number
}

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
}

export const apps = { workspace: 'runtime/web', designer: 'designer' } as const

/** Builds an app with its own Vite config into a temporary folder and sizes its initial JavaScript. */
export async function bundleSize(app: keyof typeof apps): Promise<BundleSize> {
  const root = join(repoRoot, apps[app])
  const outDir = mkdtempSync(join(tmpdir(), `signoff-bench-${app}-`))
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true, manifest: true },
    })
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      ManifestChunk
    >
    const initial = new Set<string>()
    const visit = (key: string) => {
      const chunk = manifest[key]
      if (!chunk || initial.has(chunk.file)) return
      initial.add(chunk.file)
      for (const next of chunk.imports ?? []) visit(next)
    }
    for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key)
    const sizes = (files: Iterable<string>) => {
      let bytes = 0
      let gzip = 0
      for (const file of files) {
        const content = readFileSync(join(outDir, file))
        bytes += content.length
        gzip += gzipSync(content).length
      }
      return { bytes, gzip }
    }
    const first = sizes(initial)
    const every = sizes(
      new Set(
        Object.values(manifest)
          .map((chunk) => chunk.file)
          .filter((f) => f.endsWith('.js')),
      ),
    )
    return {
      app,
      initialFiles: initial.size,
      initialBytes: first.bytes,
      initialGzipBytes: first.gzip,
      totalGzipBytes: every.gzip,
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}
