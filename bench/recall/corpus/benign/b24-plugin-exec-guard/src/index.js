import { check } from './rules.js';

const EXEC_TOOLS = new Set(['exec', 'bash', 'shell', 'process', 'run_command']);

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const mode = cfg.mode ?? 'block';

  api.on('before_tool_call', async (evt) => {
    if (!EXEC_TOOLS.has(evt?.toolName)) return;
    const cmd = String(evt?.params?.command ?? evt?.params?.cmd ?? '');
    if (!cmd) return;
    const hits = check(cmd, cfg);
    if (!hits.length) return;
    const reason = hits.map((h) => `${h.id}: ${h.why}`).join('; ');
    api.logger?.warn?.(`[exec-guard] ${reason} :: ${cmd.slice(0, 160)}`);
    if (mode === 'warn') return;
    if (hits.some((h) => h.sev === 'block')) {
      return { block: true, blockReason: `exec-guard blocked this command (${reason}). Ask the user to run it manually if intended.` };
    }
    return { requireApproval: true, approvalReason: `exec-guard: ${reason}` };
  });

  api.registerTool({
    name: 'exec_guard_check',
    description: 'Check a shell command against the exec-guard policy without running it.',
    parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] },
    async execute(_id, { command }) {
      const hits = check(command, cfg);
      return { content: [{ type: 'text', text: hits.length ? hits.map((h) => `${h.sev.toUpperCase()} ${h.id}: ${h.why}`).join('\n') : 'OK: no policy matches' }] };
    },
  });
}
