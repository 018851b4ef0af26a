'use strict'
const fs = require('fs')
const path = require('path')
const https = require('https')
const crypto = require('crypto')
const { spawnSync } = require('child_process')

const pkg = require('../package.json')
const root = path.join(__dirname, '..')
const checksums = require('../checksums.json')

function libc() {
  if (process.platform !== 'linux') return ''
  const r = process.report && process.report.getReport()
  return r && r.header && r.header.glibcVersionRuntime ? '' : 'musl'
}

function assetName() {
  return `zstd-codec-native-v${pkg.version}-${process.platform}${libc()}-${process.arch}.tar.gz`
}

function repoSlug() {
  return pkg.repository.url.replace(/^git\+/, '').replace(/^https:\/\/github\.com\//, '').replace(/\.git$/, '')
}

function assetUrl(name) {
  const host = process.env.ZSTD_CODEC_BINARY_HOST
  if (host) return `${host.replace(/\/$/, '')}/v${pkg.version}/${name}`
  return `https://github.com/${repoSlug()}/releases/download/v${pkg.version}/${name}`
}

function download(url, redirects = 5) {
  return new Promise((resolve, reject) => {
    https
      .get(url, { headers: { 'User-Agent': `zstd-codec-native-installer/${pkg.version}` } }, (res) => {
        if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location && redirects > 0) {
          res.resume()
          return resolve(download(new URL(res.headers.location, url).href, redirects - 1))
        }
        if (res.statusCode !== 200) {
          res.resume()
          return reject(new Error(`HTTP ${res.statusCode}`))
        }
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => resolve(Buffer.concat(chunks)))
        res.on('error', reject)
      })
      .on('error', reject)
      .setTimeout(60000, function () {
        this.destroy(new Error('timeout'))
      })
  })
}

function buildFromSource(reason) {
  console.log(`zstd-codec-native: building from source (${reason})`)
  const gyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root] })
  const r = spawnSync(process.execPath, [gyp, 'rebuild'], { cwd: root, stdio: 'inherit' })
  process.exit(r.status || 0)
}

async function main() {
  if (process.env.ZSTD_CODEC_BUILD_FROM_SOURCE) return buildFromSource('requested')
  const name = assetName()
  const expected = checksums[name]
  if (!expected) return buildFromSource(`no prebuilt binary for ${process.platform}-${process.arch}`)

  let tarball
  try {
    tarball = await download(assetUrl(name))
  } catch (e) {
    return buildFromSource(`download failed: ${e.message}`)
  }
  const actual = crypto.createHash('sha256').update(tarball).digest('hex')
  if (actual !== expected) return buildFromSource(`checksum mismatch for ${name}`)

  const dest = path.join(root, 'build', 'Release')
  fs.mkdirSync(dest, { recursive: true })
  const tmp = path.join(root, 'build', name)
  fs.writeFileSync(tmp, tarball)
  await require('tar').x({ file: tmp, cwd: dest, strip: 1, filter: (p) => p.endsWith('.node') })
  fs.unlinkSync(tmp)
  if (!fs.existsSync(path.join(dest, 'zstd_codec.node'))) return buildFromSource('archive did not contain zstd_codec.node')
  console.log(`zstd-codec-native: installed verified prebuilt binary (${name})`)
}

main().catch((e) => buildFromSource(e.message))
