'use strict';

const LINE = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?$/gm;

function parse(src) {
  const obj = {};
  const lines = String(src).replace(/\r\n?/g, '\n');
  let match;
  LINE.lastIndex = 0;
  while ((match = LINE.exec(lines)) != null) {
    const key = match[1];
    let value = (match[2] || '').trim();
    const q = value[0];
    value = value.replace(/^(['"`])([\s\S]*)\1$/gm, '$2');
    if (q === '"') {
      value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    }
    obj[key] = value;
  }
  return obj;
}

module.exports = { parse };
