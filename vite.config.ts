import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig, type Plugin } from 'vite'

/**
 * sql.js's WebAssembly is the largest download before the page is ready, and `vite preview` (like many
 * static servers) compresses only text. The build writes `.br` and `.gz` copies next to each `.wasm`,
 * and the preview server sends the copy the browser accepts.
 */
function precompressedWasm(): Plugin {
  let outDir = resolve('dist')
  return {
    name: 'precompressed-wasm',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const assets = join(outDir, 'assets')
      if (!existsSync(assets)) return
      for (const name of readdirSync(assets).filter((file) => file.endsWith('.wasm'))) {
        const bytes = readFileSync(join(assets, name))
        writeFileSync(
          join(assets, `${name}.br`),
          brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        )
        writeFileSync(join(assets, `${name}.gz`), gzipSync(bytes, { level: 9 }))
      }
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '')
        const accepted = String(req.headers['accept-encoding'] ?? '')
        const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null
        const file = join(outDir, path)
        const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`
        if (
          !path.endsWith('.wasm') ||
          encoding === null ||
          !file.startsWith(outDir + sep) ||
          !existsSync(copy)
        )
          return next()
        const body = readFileSync(copy)
        res.setHeader('Content-Type', 'application/wasm')
        res.setHeader('Content-Encoding', encoding)
        res.setHeader('Content-Length', body.length)
        res.setHeader('Vary', 'Accept-Encoding')
        res.end(body)
      })
    },
  }
}

export default defineConfig({
  plugins: [svelte(), precompressedWasm()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 4096 },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
})
