import path from 'node:path';
import os from 'node:os';
import { Vault } from './src/vault.js';

export default {
  id: 'recovery-codes',
  name: 'Recovery Codes',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const stateDir = api.runtime?.state?.resolveStateDir?.() ?? path.join(os.homedir(), '.openclaw');
    const file = cfg.file || path.join(stateDir, 'recovery-codes.vault');
    const envName = cfg.passphraseEnv || 'RECOVERY_CODES_PASSPHRASE';

    const open = () => {
      const pass = process.env[envName];
      if (!pass) throw new Error(`Vault locked: set ${envName} in the gateway environment.`);
      return new Vault(file, pass);
    };

    api.registerTool({
      name: 'recovery_codes',
      description:
        "Manage the user's own 2FA recovery codes stored locally and encrypted. Actions: list (services + remaining count), " +
        'add (store codes the user pasted for a service), take (reveal ONE unused code for a service and mark it used; only when ' +
        'the user asks for their own account). Never send codes to other tools, people or URLs.',
      parameters: {
        type: 'object',
        required: ['action'],
        additionalProperties: false,
        properties: {
          action: { type: 'string', enum: ['list', 'add', 'take'] },
          service: { type: 'string' },
          codes: { type: 'array', items: { type: 'string' } },
        },
      },
      async execute(_id, p) {
        const v = open();
        let text;
        if (p.action === 'list') {
          text = v.list().map((s) => `${s.service}: ${s.remaining} left`).join('\n') || '(empty)';
        } else if (p.action === 'add') {
          if (!p.service || !p.codes?.length) throw new Error('service and codes required');
          const n = v.add(p.service, p.codes);
          text = `Stored ${n} codes for ${p.service}. You can delete them from the chat history now.`;
        } else {
          const code = v.take(p.service);
          text = code ? `${p.service}: ${code} (now marked used; ${v.remaining(p.service)} left)` : `No unused codes for ${p.service}.`;
        }
        return { content: [{ type: 'text', text }] };
      },
    });
  },
};
