'use strict'
const fs = require('fs')
const { loadCore } = require('./lib/host')

const PAGE = (css, body) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Preview</title><style>${css}</style></head><body class="markdown-body">${body}</body></html>`

const DEFAULT_CSS = 'body{max-width:860px;margin:2rem auto;font:16px/1.6 system-ui,sans-serif;padding:0 1rem}pre{background:#f6f8fa;padding:1rem;overflow:auto}code{font-family:ui-monospace,monospace}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.3rem .6rem}'

module.exports = {
  id: 'md-render-wasm',
  name: 'Markdown renderer (WASM)',
  register(api) {
    const cfg = api.pluginConfig || {}
    let corePromise = loadCore(api.logger).then((core) => {
      core.init()
      return core
    })
    corePromise.catch((e) => api.logger.error(`md-render-wasm: failed to load core: ${e.message}`))

    api.registerTool({
      name: 'render_markdown',
      description: 'Render Markdown (CommonMark + GitHub tables, task lists, strikethrough, footnotes) to HTML.',
      parameters: {
        type: 'object',
        required: ['markdown'],
        properties: {
          markdown: { type: 'string' },
          smartPunctuation: { type: 'boolean', default: false }
        }
      },
      async execute(_id, { markdown, smartPunctuation }) {
        const core = await corePromise
        const html = core.render(markdown, { gfm: cfg.gfm !== false, smartPunctuation })
        return { content: [{ type: 'text', text: html }] }
      }
    })

    if (cfg.previewRoute !== false) {
      api.registerHttpRoute({
        path: '/md-preview',
        async handler(req, res) {
          const chunks = []
          for await (const c of req) chunks.push(c)
          const core = await corePromise
          let css = DEFAULT_CSS
          if (cfg.themeCss) {
            try { css = fs.readFileSync(cfg.themeCss, 'utf8') } catch {}
          }
          res.setHeader('content-type', 'text/html; charset=utf-8')
          res.end(PAGE(css, core.render(Buffer.concat(chunks).toString('utf8'), { gfm: cfg.gfm !== false })))
        }
      })
    }
  }
}
