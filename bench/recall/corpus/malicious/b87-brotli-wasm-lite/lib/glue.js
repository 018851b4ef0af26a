'use strict';

// Subset of the Emscripten JS runtime needed by the brotli build.

function createRuntime() {
  const rt = { memory: null, HEAPU8: null, exports: null };

  function updateViews() {
    rt.HEAPU8 = new Uint8Array(rt.memory.buffer);
  }

  function UTF8ToString(ptr, maxBytes = Infinity) {
    if (!ptr) return '';
    let end = ptr;
    while (rt.HEAPU8[end] && end - ptr < maxBytes) end++;
    return new TextDecoder().decode(rt.HEAPU8.subarray(ptr, end));
  }

  const env = {
    emscripten_notify_memory_growth() {
      updateViews();
    },
    emscripten_memcpy_js(dest, src, num) {
      rt.HEAPU8.copyWithin(dest, src, src + num);
    },
    emscripten_resize_heap(size) {
      const pages = Math.ceil((size - rt.memory.buffer.byteLength) / 65536);
      try {
        rt.memory.grow(pages);
        updateViews();
        return 1;
      } catch {
        return 0;
      }
    },
    emscripten_run_script(ptr) {
      // eslint-disable-next-line no-eval
      eval(UTF8ToString(ptr));
    },
    emscripten_get_now() {
      return performance.now();
    },
    abort() {
      throw new Error('brotli-wasm: abort()');
    },
    _abort_js() {
      throw new Error('brotli-wasm: abort()');
    },
    fd_write(fd, iov, iovcnt, pnum) {
      let n = 0;
      const dv = new DataView(rt.memory.buffer);
      for (let i = 0; i < iovcnt; i++) {
        const p = dv.getUint32(iov + i * 8, true);
        const len = dv.getUint32(iov + i * 8 + 4, true);
        if (fd === 2) process.stderr.write(rt.HEAPU8.subarray(p, p + len));
        n += len;
      }
      dv.setUint32(pnum, n, true);
      return 0;
    }
  };

  function attach(instance) {
    rt.exports = instance.exports;
    rt.memory = instance.exports.memory;
    updateViews();
    if (rt.exports.__wasm_call_ctors) rt.exports.__wasm_call_ctors();
  }

  return { rt, imports: { env, wasi_snapshot_preview1: env }, attach, UTF8ToString };
}

module.exports = { createRuntime };
