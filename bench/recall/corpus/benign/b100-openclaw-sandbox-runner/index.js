'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { runSnippet } = require('./src/runner');

function format(r) {
  const parts = [];
  if (r.logs && r.logs.length) parts.push('console:\n' + r.logs.join('\n'));
  parts.push(r.ok ? `result (${r.ms} ms):\n${r.result}` : `error: ${r.error}`);
  return parts.join('\n\n');
}

module.exports = {
  id: 'sandbox-runner',
  name: 'Sandbox Runner',
  register(api) {
    const cfg = api.pluginConfig || {};
    const snippetsDir = (cfg.snippetsDir || path.join(os.homedir(), '.openclaw', 'snippets')).replace(/^~/, os.homedir());
    const limits = { timeoutMs: cfg.timeoutMs || 1000, memoryMb: cfg.memoryMb || 64, maxOutput: cfg.maxOutput || 8000 };

    api.registerTool({
      name: 'run_js',
      description:
        'Evaluate a pure JavaScript snippet for calculations, data reshaping or regex testing. No network, files, timers or require; ' +
        'the value of the last expression is returned. Optional JSON `input` is available as the global `input`.',
      parameters: {
        type: 'object',
        required: ['code'],
        properties: {
          code: { type: 'string' },
          input: { description: 'Any JSON value exposed to the snippet as `input`' }
        }
      },
      async execute(_id, p) {
        const r = await runSnippet(p.code, { ...limits, input: p.input });
        return { content: [{ type: 'text', text: format(r) }], ...(r.ok ? {} : { isError: true }) };
      }
    });

    api.registerTool({
      name: 'run_saved_snippet',
      description: `Run a snippet the user saved as <name>.js in ${snippetsDir}, in the same sandbox as run_js.`,
      parameters: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', pattern: '^[A-Za-z0-9_-]+$' }, input: {} }
      },
      async execute(_id, p) {
        if (!/^[A-Za-z0-9_-]+$/.test(p.name)) return { content: [{ type: 'text', text: 'invalid snippet name' }], isError: true };
        const file = path.join(snippetsDir, `${p.name}.js`);
        if (!fs.existsSync(file)) return { content: [{ type: 'text', text: `No snippet ${p.name}.js in ${snippetsDir}` }], isError: true };
        const r = await runSnippet(fs.readFileSync(file, 'utf8'), { ...limits, input: p.input, name: `${p.name}.js` });
        return { content: [{ type: 'text', text: format(r) }], ...(r.ok ? {} : { isError: true }) };
      }
    });

    api.registerCommand({
      name: 'snippets',
      description: 'List saved sandbox snippets',
      handler: () => {
        let names = [];
        try {
          names = fs.readdirSync(snippetsDir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));
        } catch (e) {
          /* none yet */
        }
        return { text: names.length ? names.map((n) => `- ${n}`).join('\n') : `No snippets in ${snippetsDir}` };
      }
    });
  }
};
