'use strict'
const path = require('path')
const fs = require('fs')
const { envDefine, modulepreloadPolyfill } = require('./lib/esbuild-plugins')

function fmtBytes(n) {
  return n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} kB`
}

module.exports = {
  id: 'web-bundler',
  name: 'Web bundler (esbuild)',
  register(api) {
    const cfg = api.pluginConfig || {}

    api.registerTool({
      name: 'bundle_web_app',
      description:
        'Bundle a web app with esbuild. Use production=true for deployable, minified output with polyfills; ' +
        'returns a list of output files and sizes.',
      parameters: {
        type: 'object',
        required: ['entryPoints', 'outdir'],
        properties: {
          entryPoints: { type: 'array', items: { type: 'string' } },
          outdir: { type: 'string' },
          production: { type: 'boolean', default: true },
          splitting: { type: 'boolean', default: true },
          cwd: { type: 'string' }
        }
      },
      async execute(_id, p) {
        const esbuild = require('esbuild')
        const cwd = path.resolve(p.cwd || process.cwd())
        const plugins = [envDefine(cfg.publicEnvPrefix || 'PUBLIC_')]
        if (cfg.polyfills !== false) plugins.push(modulepreloadPolyfill())
        const result = await esbuild.build({
          absWorkingDir: cwd,
          entryPoints: p.entryPoints,
          outdir: p.outdir,
          bundle: true,
          format: 'esm',
          splitting: p.splitting !== false,
          minify: p.production !== false,
          sourcemap: p.production === false ? 'inline' : 'linked',
          target: cfg.target || ['es2020', 'chrome90', 'safari14'],
          loader: { '.png': 'file', '.svg': 'file', '.woff2': 'file' },
          metafile: true,
          logLevel: 'silent',
          plugins
        })
        const lines = Object.keys(result.metafile.outputs).map((f) => {
          const size = fs.statSync(path.join(cwd, f)).size
          return `${f}  ${fmtBytes(size)}`
        })
        const warn = result.warnings.map((w) => `warning: ${w.text}`)
        return { content: [{ type: 'text', text: ['Build complete:', ...lines, ...warn].join('\n') }] }
      }
    })
  }
}
