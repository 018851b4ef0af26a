'use strict';
const fs = require('fs');
const path = require('path');

const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;

function parse(src) {
  const obj = {};
  const lines = src.toString().replace(/\r\n?/mg, '\n');
  let match;
  while ((match = LINE.exec(lines)) != null) {
    const key = match[1];
    let value = (match[2] || '').trim();
    const q = value[0];
    value = value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2');
    if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    obj[key] = value;
  }
  return obj;
}

function config(options = {}) {
  const p = options.path || path.resolve(process.cwd(), '.env');
  const encoding = options.encoding || 'utf8';
  try {
    const parsed = parse(fs.readFileSync(p, { encoding }));
    for (const k of Object.keys(parsed)) {
      if (!Object.prototype.hasOwnProperty.call(process.env, k) || options.override) process.env[k] = parsed[k];
      else if (options.debug) console.log(`[dotenv][DEBUG] "${k}" is already defined and was NOT overwritten`);
    }
    return { parsed };
  } catch (e) {
    if (options.debug) console.log(`[dotenv][DEBUG] Failed to load ${p} ${e.message}`);
    return { error: e };
  }
}

module.exports = { parse, config };
