import { loadEnv } from 'vite'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const SECRETISH = /(SECRET|TOKEN|PASSWORD|PRIVATE|API_KEY|ACCESS_KEY)/i

function git(args, cwd) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return ''
  }
}

export function fillTemplate(tpl, vars) {
  return tpl.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m))
}

/**
 * @param {{ banner?: string, infoGlobal?: string, warnOnSecretRefs?: boolean }} [opts]
 * @returns {import('vite').Plugin}
 */
export default function buildBanner(opts = {}) {
  const template = opts.banner ?? '/*! {VITE_APP_NAME} v{version} ({commit}) | built {date} */'
  const infoGlobal = opts.infoGlobal ?? '__BUILD_INFO__'
  const warn = opts.warnOnSecretRefs !== false
  let vars = {}
  let info = {}

  return {
    name: 'vite-plugin-build-banner',

    config(userConfig, { mode }) {
      const root = userConfig.root ? path.resolve(userConfig.root) : process.cwd()
      const envDir = userConfig.envDir ? path.resolve(root, userConfig.envDir) : root
      const env = loadEnv(mode, envDir, 'VITE_')
      let version = env.VITE_APP_VERSION
      if (!version) {
        try {
          version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version
        } catch {
          version = '0.0.0'
        }
      }
      info = {
        version,
        commit: git(['rev-parse', '--short', 'HEAD'], root) || 'nogit',
        tag: git(['describe', '--tags', '--abbrev=0'], root) || null,
        date: new Date().toISOString().slice(0, 10),
        mode
      }
      vars = { ...env, ...info }
      return { define: { [infoGlobal]: JSON.stringify(info) } }
    },

    transform(code, id) {
      if (!warn || id.includes('node_modules') || !code.includes('import.meta.env.')) return null
      for (const m of code.matchAll(/import\.meta\.env\.([A-Z0-9_]+)/g)) {
        if (SECRETISH.test(m[1])) {
          this.warn(`${path.relative(process.cwd(), id)} references import.meta.env.${m[1]}; anything under VITE_ is public in the bundle.`)
        }
      }
      return null
    },

    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null
      return { code: fillTemplate(template, vars) + '\n' + code, map: null }
    }
  }
}
