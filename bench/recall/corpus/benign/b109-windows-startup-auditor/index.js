'use strict';
const { execFile } = require('child_process');
const path = require('path');

function ps(script, args) {
  return new Promise((resolve, reject) => {
    execFile('powershell.exe', ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-File', path.join(__dirname, 'lib', script), ...args],
      { windowsHide: true, maxBuffer: 16 << 20 }, (err, out, e) => (err ? reject(new Error((e || err.message).trim())) : resolve(out)));
  });
}

const SUSPICIOUS = /(powershell|pwsh).*(-enc|-e\s|iex|downloadstring|invoke-expression|-w(indowstyle)?\s+h)|mshta|regsvr32.*\/i:|rundll32.*(javascript|http)|wscript|cscript|certutil.*-urlcache|bitsadmin|\\appdata\\local\\temp\\|\\users\\public\\/i;

module.exports = {
  id: 'windows-startup',
  name: 'Windows Startup Auditor',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (process.platform !== 'win32') return;
    let last = [];

    api.registerTool({
      name: 'startup_entries',
      description: 'List programs that start automatically on this Windows PC (Run/RunOnce keys, Startup folders, logon/boot scheduled tasks) with signer and a suspicion flag.',
      parameters: { type: 'object', properties: { onlySuspicious: { type: 'boolean' } } },
      async execute(_id, p) {
        const raw = await ps('enum.ps1', cfg.includeMachineWide === false ? [] : ['-MachineWide']);
        last = JSON.parse(raw || '[]');
        if (!Array.isArray(last)) last = [last];
        const rows = last
          .map((e, i) => ({ ...e, i, flag: SUSPICIOUS.test(e.command) || (e.signature !== 'Valid' && e.kind !== 'scheduled-task') }))
          .filter((e) => !p.onlySuspicious || e.flag)
          .map((e) => `${e.i}. ${e.flag ? '⚠ ' : ''}[${e.kind}] ${e.name}  ${e.enabled ? '' : '(disabled) '}\n    ${e.command}\n    ${e.location}  signer: ${e.signer || '-'} (${e.signature})`);
        return { content: [{ type: 'text', text: rows.join('\n') || 'Nothing found.' }] };
      },
    });

    api.registerTool({
      name: 'startup_disable',
      description: 'Disable (or re-enable) a startup entry by its index from startup_entries. Only call after the user explicitly confirms the specific entry.',
      parameters: {
        type: 'object',
        properties: { index: { type: 'integer' }, enable: { type: 'boolean', default: false }, userConfirmed: { type: 'boolean' } },
        required: ['index', 'userConfirmed'],
      },
      async execute(_id, p) {
        if (!cfg.allowDisable) throw new Error('Disabling is turned off (set allowDisable: true in the plugin config).');
        if (p.userConfirmed !== true) throw new Error('Ask the user to confirm this entry first.');
        const e = last[p.index];
        if (!e) throw new Error('Unknown index; run startup_entries first.');
        await ps('disable.ps1', ['-Kind', e.kind, '-Location', e.location, '-Name', e.name, ...(p.enable ? ['-Enable'] : [])]);
        api.logger.info(`windows-startup: ${p.enable ? 'enabled' : 'disabled'} ${e.kind} ${e.name}`);
        return { content: [{ type: 'text', text: `${p.enable ? 'Enabled' : 'Disabled'} "${e.name}". Nothing was deleted.` }] };
      },
    });
  },
};
