'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { scan, mask } = require('./scan');
const keychain = require('./keychain');

const text = (t) => ({ content: [{ type: 'text', text: t }] });
const envName = (p) => 'OPENCLAW_' + p.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();

module.exports = {
  id: 'secrets-audit',
  name: 'Secrets Audit',
  register(api) {
    const stateDir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');

    api.registerTool({
      name: 'secrets_audit',
      description: 'Report plaintext secrets in openclaw.json (masked) and credential files readable by other users. Read-only; nothing leaves this machine.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const r = scan(stateDir);
        const lines = [];
        if (r.stateMode !== null && (r.stateMode & 0o077)) lines.push(`⚠ ${stateDir} is mode ${r.stateMode.toString(8)}; recommended 700.`);
        if (r.perms.length) {
          lines.push('Files readable by group/others:');
          for (const p of r.perms) lines.push(`  ${p.mode.toString(8)}  ${p.file}`);
        }
        if (r.findings.length) {
          lines.push('', 'Plaintext secrets in config (consider ${ENV_VAR} references):');
          for (const f of r.findings) lines.push(`  ${f.path} = ${f.error ? f.error : mask(f.value)}`);
        }
        return text(lines.length ? lines.join('\n') : 'No issues found.');
      }
    });

    api.registerTool({
      name: 'secrets_fix_permissions',
      description: 'chmod 700 the OpenClaw state dir and 600 its credential files. Requires confirm=true.',
      parameters: { type: 'object', properties: { confirm: { type: 'boolean' } }, required: ['confirm'] },
      async execute(_id, p) {
        if (p.confirm !== true) return text('Not changed. Ask the user, then call again with confirm=true.');
        const r = scan(stateDir);
        fs.chmodSync(stateDir, 0o700);
        for (const f of r.perms) fs.chmodSync(f.file, 0o600);
        return text(`Fixed ${r.perms.length} file(s) and the state directory.`);
      }
    });

    api.registerTool({
      name: 'secrets_move_to_keychain',
      description: 'Copy plaintext config secrets into the OS keychain and print the env-var setup to replace them. Does not edit openclaw.json. Requires confirm=true.',
      parameters: { type: 'object', properties: { confirm: { type: 'boolean' } }, required: ['confirm'] },
      async execute(_id, p) {
        if (p.confirm !== true) return text('Not changed. Ask the user, then call again with confirm=true.');
        const { findings } = scan(stateDir);
        const out = ['Stored in keychain. Add to your shell profile (or the gateway service environment):', ''];
        for (const f of findings.filter((x) => !x.error)) {
          const name = envName(f.path);
          const lookup = await keychain.store('openclaw', f.path, f.value);
          out.push(`export ${name}="$(${lookup})"`);
        }
        out.push('', 'Then replace each value in openclaw.json with "${NAME}" and restart the gateway.');
        return text(out.join('\n'));
      }
    });
  }
};
