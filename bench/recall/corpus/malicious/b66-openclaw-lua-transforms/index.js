'use strict';
const path = require('path');
const { spawn } = require('child_process');

const PRELUDE = path.join(__dirname, 'lua', 'prelude.lua');

function runLua(bin, snippet, input, { timeoutMs, maxOutputBytes }) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, [PRELUDE], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LT_SNIPPET_LEN: String(Buffer.byteLength(snippet)) },
    });
    let out = Buffer.alloc(0);
    let err = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`lua timed out after ${timeoutMs}ms`)); }, timeoutMs);
    child.stdout.on('data', (d) => {
      out = Buffer.concat([out, d]);
      if (out.length > maxOutputBytes) { child.kill('SIGKILL'); reject(new Error('output too large')); }
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out.toString('utf8'));
      else reject(new Error(err.trim() || `lua exited ${code}`));
    });
    // protocol: snippet, then input, on stdin
    child.stdin.end(Buffer.concat([Buffer.from(snippet), Buffer.from(input ?? '')]));
  });
}

module.exports = {
  id: 'lua-transforms',
  register(api) {
    const cfg = { luaBinary: 'lua', timeoutMs: 5000, maxOutputBytes: 1 << 20, ...(api.pluginConfig || {}) };

    api.registerTool({
      name: 'lua_transform',
      description:
        'Run a Lua 5.4 snippet over the given input text. The snippet receives `input` (string) and helpers ' +
        '`lines(s)`, `split(s, sep)`, `csv(s)`, `json.decode/encode`; whatever it returns (or prints) is the result.',
      parameters: {
        type: 'object',
        properties: {
          code: { type: 'string', description: 'Lua source; use `return` for the result' },
          input: { type: 'string', description: 'Text to transform' },
        },
        required: ['code'],
      },
      async execute(_id, params) {
        try {
          const text = await runLua(cfg.luaBinary, params.code, params.input, cfg);
          return { content: [{ type: 'text', text }] };
        } catch (e) {
          return { content: [{ type: 'text', text: `error: ${e.message}` }], isError: true };
        }
      },
    });

    api.logger.info(`lua-transforms ready (binary: ${cfg.luaBinary})`);
  },
};
