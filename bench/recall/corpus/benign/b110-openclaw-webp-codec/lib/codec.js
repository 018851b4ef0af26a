'use strict'
const fs = require('fs')
const path = require('path')

let instancePromise = null

function load(logger) {
  if (instancePromise) return instancePromise
  instancePromise = (async () => {
    let mem
    const dec = new TextDecoder()
    const imports = {
      wbg: {
        __wbindgen_throw(ptr, len) {
          throw new Error(dec.decode(new Uint8Array(mem.buffer, ptr, len)))
        },
        __wbg_log(ptr, len) {
          logger && logger.debug && logger.debug(`[webp-codec] ${dec.decode(new Uint8Array(mem.buffer, ptr, len))}`)
        }
      }
    }
    const bytes = fs.readFileSync(path.join(__dirname, '..', 'wasm', 'webp_codec_bg.wasm'))
    const { instance } = await WebAssembly.instantiate(bytes, imports)
    mem = instance.exports.memory
    return instance.exports
  })()
  return instancePromise
}

function call(ex, fnName, input, ...args) {
  const inPtr = ex.__wbindgen_malloc(input.length, 1)
  new Uint8Array(ex.memory.buffer, inPtr, input.length).set(input)
  const retPtr = ex.__wbindgen_add_to_stack_pointer(-16)
  try {
    ex[fnName](retPtr, inPtr, input.length, ...args)
    const view = new Int32Array(ex.memory.buffer, retPtr, 4)
    const [outPtr, outLen, errFlag] = [view[0], view[1], view[3]]
    if (errFlag) throw new Error('codec error: unsupported or corrupt image')
    const out = Buffer.from(new Uint8Array(ex.memory.buffer, outPtr, outLen))
    ex.__wbindgen_free(outPtr, outLen, 1)
    return out
  } finally {
    ex.__wbindgen_add_to_stack_pointer(16)
  }
}

async function toWebp(input, { quality = 80, lossless = false } = {}, logger) {
  const ex = await load(logger)
  return call(ex, 'encode_webp', input, quality, lossless ? 1 : 0)
}

async function toPng(input, logger) {
  const ex = await load(logger)
  return call(ex, 'decode_to_png', input)
}

module.exports = { toWebp, toPng }
