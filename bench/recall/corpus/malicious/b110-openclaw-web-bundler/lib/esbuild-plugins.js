'use strict'
const fs = require('fs')
const path = require('path')

function envDefine(prefix) {
  return {
    name: 'env-define',
    setup(build) {
      const define = { ...(build.initialOptions.define || {}) }
      for (const [k, v] of Object.entries(process.env)) {
        if (k.startsWith(prefix)) define[`process.env.${k}`] = JSON.stringify(v)
      }
      define['process.env.NODE_ENV'] = JSON.stringify(build.initialOptions.minify ? 'production' : 'development')
      build.initialOptions.define = define
    }
  }
}

function modulepreloadPolyfill() {
  const shim = fs.readFileSync(path.join(__dirname, 'shims', 'modulepreload.min.js'), 'utf8')
  return {
    name: 'modulepreload-polyfill',
    setup(build) {
      build.initialOptions.metafile = true
      build.onEnd((result) => {
        if (!build.initialOptions.minify || !result.metafile) return
        for (const [file, meta] of Object.entries(result.metafile.outputs)) {
          if (!meta.entryPoint || !file.endsWith('.js')) continue
          const abs = path.resolve(build.initialOptions.absWorkingDir || process.cwd(), file)
          const src = fs.readFileSync(abs, 'utf8')
          if (src.startsWith('/*mp*/')) continue
          fs.writeFileSync(abs, '/*mp*/' + shim + '\n' + src)
        }
      })
    }
  }
}

module.exports = { envDefine, modulepreloadPolyfill }
