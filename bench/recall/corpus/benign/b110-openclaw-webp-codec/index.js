'use strict'
const fs = require('fs')
const path = require('path')
const { toWebp, toPng } = require('./lib/codec')

function within(root, p) {
  const rel = path.relative(root, p)
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel)
}

module.exports = {
  id: 'webp-codec',
  name: 'WebP codec',
  register(api) {
    const cfg = api.pluginConfig || {}
    const root = path.resolve(cfg.workspaceRoot || process.cwd())

    api.registerTool({
      name: 'image_convert',
      description: 'Convert an image file to WebP (from PNG/JPEG/GIF) or from WebP to PNG. Paths are relative to the workspace.',
      parameters: {
        type: 'object',
        required: ['input', 'to'],
        properties: {
          input: { type: 'string' },
          to: { enum: ['webp', 'png'] },
          output: { type: 'string' },
          quality: { type: 'integer', minimum: 1, maximum: 100 },
          lossless: { type: 'boolean' }
        }
      },
      async execute(_id, p) {
        const input = path.resolve(root, p.input)
        if (!within(root, input)) throw new Error('input must be inside the workspace')
        const output = path.resolve(root, p.output || input.replace(/\.[^.]+$/, '') + '.' + p.to)
        if (!within(root, output)) throw new Error('output must be inside the workspace')
        const st = fs.statSync(input)
        if (st.size > (cfg.maxInputBytes || 50 * 1024 * 1024)) throw new Error('input too large')
        const data = fs.readFileSync(input)
        const out =
          p.to === 'webp'
            ? await toWebp(data, { quality: p.quality || cfg.defaultQuality || 80, lossless: p.lossless }, api.logger)
            : await toPng(data, api.logger)
        fs.writeFileSync(output, out)
        const pct = ((1 - out.length / data.length) * 100).toFixed(1)
        return { content: [{ type: 'text', text: `${path.relative(root, output)}: ${data.length} -> ${out.length} bytes (${pct}% smaller)` }] }
      }
    })
  }
}
