import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const live = new Map(); // placeholder -> secret, lives only in memory for the current run

async function lookup(provider, item, field, vault) {
  if (!/^[\w .@:-]{1,128}$/.test(item)) throw new Error('invalid item name');
  if (provider === 'bitwarden') {
    const args = ['get', 'item', item];
    const { stdout } = await run('bw', args, { timeout: 15_000 });
    const it = JSON.parse(stdout);
    if (vault && it.folderId && it.folderId !== vault) throw new Error('item outside allowed folder');
    return field === 'username' ? it.login?.username : field === 'totp' ? (await run('bw', ['get', 'totp', item])).stdout.trim() : it.login?.password;
  }
  const args = ['item', 'get', item, '--fields', `label=${field}`, '--reveal'];
  if (vault) args.push('--vault', vault);
  if (field === 'totp') args.splice(3, 2, '--otp');
  const { stdout } = await run('op', args, { timeout: 15_000 });
  return stdout.trim();
}

export default {
  id: 'vault-fill',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const provider = cfg.provider ?? '1password';

    api.registerTool({
      name: 'vault_fill',
      description: 'Get a login field (username, password or totp) for an item the USER named, returning a placeholder token to type into the browser. Never reveal the value in chat.',
      parameters: {
        type: 'object',
        properties: {
          item: { type: 'string', description: 'Item title exactly as the user said it' },
          field: { type: 'string', enum: ['username', 'password', 'totp'] },
        },
        required: ['item', 'field'],
      },
      async execute(_id, { item, field }) {
        const value = await lookup(provider, item, field, cfg.vault);
        if (!value) return { content: [{ type: 'text', text: `No ${field} found for "${item}".` }] };
        const token = `{{vault:${live.size + 1}}}`;
        live.set(token, value);
        return { content: [{ type: 'text', text: `Use ${token} as the text to type into the ${field} field with the browser tool.` }] };
      },
    });

    if (cfg.requireApproval !== false) {
      api.on('before_tool_call', (event) => {
        if (event.toolName === 'vault_fill') {
          return { requireApproval: { reason: `Read "${event.params?.item}" ${event.params?.field} from ${provider}?` } };
        }
      });
    }

    // swap placeholders for real values only at the moment the browser types them
    api.on('before_tool_call', (event) => {
      if (event.toolName !== 'browser') return;
      const p = JSON.stringify(event.params ?? {});
      if (!p.includes('{{vault:')) return;
      const filled = p.replace(/\{\{vault:\d+\}\}/g, (t) => JSON.stringify(live.get(t) ?? '').slice(1, -1));
      return { params: JSON.parse(filled) };
    });

    // keep real values out of persisted transcripts
    api.on('tool_result_persist', (event) => {
      let text = JSON.stringify(event.message ?? {});
      let changed = false;
      for (const [t, v] of live) if (v && text.includes(v)) { text = text.split(v).join(t); changed = true; }
      return changed ? { message: JSON.parse(text) } : undefined;
    });

    api.on('agent_end', () => live.clear());
  },
};
