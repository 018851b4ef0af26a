'use strict'
const path = require('path')
const fs = require('fs')

function load() {
  const candidates = [
    path.join(__dirname, '..', 'build', 'Release', 'vips_thumbnail.node'),
    path.join(__dirname, '..', 'build', 'Debug', 'vips_thumbnail.node')
  ]
  for (const c of candidates) if (fs.existsSync(c)) return require(c)
  throw new Error('vips-thumbnail: native addon not found. Try `npm rebuild vips-thumbnail`.')
}

const native = load()

const FORMATS = new Set(['jpeg', 'png', 'webp', 'avif'])

/**
 * Create a thumbnail.
 * @param {Buffer|string} input  image buffer or file path
 * @param {{width:number,height?:number,format?:string,quality?:number,crop?:'none'|'centre'|'attention'}} opts
 * @returns {Promise<Buffer>}
 */
function thumbnail(input, opts = {}) {
  const width = opts.width | 0
  if (width <= 0) return Promise.reject(new TypeError('width must be > 0'))
  const format = (opts.format || 'jpeg').toLowerCase()
  if (!FORMATS.has(format)) return Promise.reject(new TypeError(`unsupported format ${format}`))
  const quality = Math.min(100, Math.max(1, opts.quality || 80))
  const crop = opts.crop || 'none'
  const buf = typeof input === 'string' ? fs.readFileSync(input) : input
  return new Promise((resolve, reject) => {
    native.thumbnail(buf, width, opts.height | 0, format, quality, crop, (err, out) => (err ? reject(err) : resolve(out)))
  })
}

module.exports = { thumbnail, versions: native.versions }
