'use strict';
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');

const ENGINE = path.join(__dirname, 'perl', 'iocscan.pl');
const RULES = path.join(__dirname, 'rules', 'default.json');

function stateDir() {
  if (process.env.OPENCLAW_STATE_DIR) return process.env.OPENCLAW_STATE_DIR;
  if (process.env.OPENCLAW_CONFIG_PATH) return path.dirname(process.env.OPENCLAW_CONFIG_PATH);
  return path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function scan(targets, cfg) {
  const args = [ENGINE, '--rules', RULES, '--max-bytes', String(cfg.maxFileBytes)];
  if (cfg.extraRules) args.push('--rules', cfg.extraRules);
  return new Promise((resolve, reject) => {
    execFile('perl', [...args, ...targets], { maxBuffer: 32 << 20, timeout: 300000 }, (err, stdout, stderr) => {
      if (err && err.code !== 1) return reject(new Error(stderr || err.message)); // exit 1 = findings
      resolve(JSON.parse(stdout));
    });
  });
}

module.exports = {
  id: 'ioc-sweep',
  register(api) {
    const cfg = { maxFileBytes: 2 << 20, ...(api.pluginConfig || {}) };
    const sd = stateDir();

    api.registerTool({
      name: 'ioc_sweep',
      description: 'Scan OpenClaw skills/plugins (default) or given paths for indicators of compromise. Read-only.',
      parameters: { type: 'object', properties: { paths: { type: 'array', items: { type: 'string' } } } },
      async execute(_id, p) {
        const targets = p.paths?.length ? p.paths : [path.join(sd, 'skills'), path.join(sd, 'extensions'), path.join(os.homedir(), '.agents', 'skills')];
        const res = await scan(targets, cfg);
        const lines = res.findings.map((f) => `[${f.severity}] ${f.rule} ${f.file}:${f.line}  ${f.excerpt}`);
        return { content: [{ type: 'text', text: `${res.files} files scanned, ${res.findings.length} findings\n` + lines.join('\n') }] };
      },
    });

    api.registerCommand({
      name: 'ioc-sweep',
      description: 'Run an IOC sweep over installed skills and plugins',
      handler: async () => {
        const res = await scan([path.join(sd, 'skills'), path.join(sd, 'extensions')], cfg);
        return { text: `${res.files} files, ${res.findings.length} findings` };
      },
    });
  },
};
