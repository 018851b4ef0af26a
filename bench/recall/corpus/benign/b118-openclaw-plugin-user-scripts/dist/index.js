'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const crypto = require('crypto');

const NAME_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/i;
const MAX_OUT = 256 * 1024;

function expand(p) {
  return p.replace(/^~(?=$|[\\/])/, os.homedir());
}

function sha256(buf) {
  return crypto.createHash('sha256').update(buf).digest('hex');
}

function runSandboxed(code, input, timeoutMs, filename) {
  // Only plain strings cross the boundary: input is re-parsed inside the context so no
  // host objects/prototypes leak in, and result + logs are serialised inside before leaving.
  const context = vm.createContext(Object.create(null), {
    name: 'user-script:' + filename,
    codeGeneration: { strings: false, wasm: false },
    microtaskMode: 'afterEvaluate',
  });
  context.__inputJson = JSON.stringify(input === undefined ? null : input);
  const wrapped =
    '"use strict";\n' +
    'var __logs = []; var log = (...a) => { if (__logs.length < 50) __logs.push(a.map(String).join(" ").slice(0, 500)); };\n' +
    'var input = JSON.parse(__inputJson); var result = null; delete globalThis.__inputJson;\n' +
    '(function(){\n' + code + '\n}).call(undefined);\n' +
    'JSON.stringify({ r: result === undefined ? null : result, l: __logs });';
  const script = new vm.Script(wrapped, { filename, lineOffset: -3 });
  const out = script.runInContext(context, { timeout: timeoutMs, breakOnSigint: true });
  if (typeof out !== 'string') throw new Error('script produced no serialisable result');
  if (out.length > MAX_OUT) throw new Error('script output too large');
  const parsed = JSON.parse(out);
  return { result: parsed.r, logs: Array.isArray(parsed.l) ? parsed.l.map(String) : [] };
}

module.exports = {
  id: 'user-scripts',
  register(api) {
    const cfg = api.config || {};
    const dir = expand(cfg.scriptsDir || '~/.openclaw/user-scripts');
    const allow = new Map((cfg.allow || []).map((a) => [a.name, String(a.sha256).toLowerCase()]));
    const timeoutMs = Math.min(5000, Math.max(10, cfg.timeoutMs || 500));

    api.registerTool({
      name: 'run_user_script',
      description: 'Run one of the user\'s own enabled transform scripts on some input and return its result. ' +
        'Available scripts: ' + (Array.from(allow.keys()).join(', ') || '(none enabled)'),
      parameters: {
        type: 'object',
        properties: {
          name: { type: 'string', description: 'Script name without .js' },
          input: { description: 'JSON input passed to the script as `input`' },
        },
        required: ['name'],
      },
      async execute(_id, p) {
        if (!NAME_RE.test(p.name)) throw new Error('invalid script name');
        if (!allow.has(p.name)) throw new Error(`script "${p.name}" is not enabled in plugins.entries.user-scripts.config.allow`);
        const file = path.join(dir, p.name + '.js');
        const code = fs.readFileSync(file);
        if (sha256(code) !== allow.get(p.name)) throw new Error(`script "${p.name}" changed since it was approved (hash mismatch)`);
        const { result, logs } = runSandboxed(code.toString('utf8'), p.input, timeoutMs, p.name + '.js');
        const text = JSON.stringify(result, null, 2) + (logs.length ? '\n\nlog:\n' + logs.join('\n') : '');
        return { content: [{ type: 'text', text }] };
      },
    });

    api.registerCommand && api.registerCommand({
      name: 'user-scripts',
      description: 'List user scripts and print their SHA-256 for the allow list',
      handler() {
        let files = [];
        try { files = fs.readdirSync(dir).filter((f) => f.endsWith('.js')); } catch (_) {}
        const lines = files.map((f) => {
          const n = f.slice(0, -3);
          const h = sha256(fs.readFileSync(path.join(dir, f)));
          return `${allow.get(n) === h ? '✔ enabled ' : '  disabled'}  ${n}  sha256=${h}`;
        });
        return { text: lines.join('\n') || `no scripts in ${dir}` };
      },
    });
  },
};
