import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

// FullCalendar v6 injects its CSS into a <style> element at run time, which the server's
// Content-Security-Policy (style-src 'self') refuses. This plugin lifts the same CSS out of the installed
// packages into `virtual:fullcalendar.css`, which Vite bundles as an ordinary stylesheet.
function fullCalendarCss(): Plugin {
  const id = 'virtual:fullcalendar.css'
  const require = createRequire(import.meta.url)
  const files = [
    ['core', 'internal-common.js'],
    ['daygrid', 'internal.js'],
    ['timegrid', 'internal.js'],
    ['list', 'internal.js'],
  ]
  return {
    name: 'logis-fullcalendar-css',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null
      return files
        .map(([name, file]) => {
          const folder = dirname(require.resolve(`@fullcalendar/${name}/package.json`))
          const source = readFileSync(join(folder, file), 'utf8')
          const literal = /var css_248z = ("(?:[^"\\]|\\.)*");/.exec(source)
          if (!literal) throw new Error(`no stylesheet found in @fullcalendar/${name}/${file}`)
          return JSON.parse(literal[1]) as string
        })
        .join('\n')
    },
  }
}

// The dev server proxies the API to a local `logis serve` so cookies stay same-origin.
export default defineConfig({
  plugins: [react(), tailwindcss(), fullCalendarCss()],
  server: {
    proxy: {
      '/api': process.env.LOGIS_API_URL ?? 'http://127.0.0.1:8080',
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
})
