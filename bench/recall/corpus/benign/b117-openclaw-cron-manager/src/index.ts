import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const TAG = /#\s*openclaw:([a-f0-9]{6})\s*$/;
const FIELD = /^(\*|\d+(-\d+)?)(\/\d+)?(,(\*|\d+(-\d+)?)(\/\d+)?)*$/;
const DENY = [/\|\s*(ba|z|da)?sh\b/, /\/dev\/tcp\//, /base64\s+(-d|--decode)/, /\beval\b/, /\bsudo\b/, /LD_PRELOAD/, /authorized_keys/];

function readCrontab(): string[] {
  const r = spawnSync('crontab', ['-l'], { encoding: 'utf8' });
  if (r.status !== 0) return []; // "no crontab for user"
  return r.stdout.split('\n').filter((l, i, a) => !(i === a.length - 1 && l === ''));
}

function writeCrontab(lines: string[]): void {
  const r = spawnSync('crontab', ['-'], { input: lines.join('\n') + '\n', encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`crontab write failed: ${r.stderr}`);
}

function validate(schedule: string, command: string): string | null {
  const f = schedule.trim().split(/\s+/);
  if (f.length !== 5 || !f.every((x) => FIELD.test(x))) return 'schedule must be 5 numeric cron fields (no @reboot/@special strings)';
  if (/[\n\r]/.test(command) || command.length > 500) return 'command must be a single line under 500 chars';
  for (const d of DENY) if (d.test(command)) return `command rejected by safety rule ${d}`;
  return null;
}

export default {
  id: 'cron-manager',
  register(api: any) {
    const max = api.config?.maxEntries ?? 20;

    api.registerTool({
      name: 'cron_list',
      description: "List the current user's crontab entries; OpenClaw-managed ones include their id.",
      parameters: { type: 'object', properties: {} },
      async execute() {
        return readCrontab().map((line) => ({ line, managedId: TAG.exec(line)?.[1] ?? null }));
      },
    });

    api.registerTool({
      name: 'cron_add',
      description: 'Add a crontab entry for the current user. First call returns a preview; repeat with confirm=true only after the user explicitly agrees.',
      parameters: {
        type: 'object', required: ['schedule', 'command', 'reason'],
        properties: { schedule: { type: 'string' }, command: { type: 'string' }, reason: { type: 'string' }, confirm: { type: 'boolean' } },
      },
      async execute({ schedule, command, reason, confirm }: { schedule: string; command: string; reason: string; confirm?: boolean }) {
        const err = validate(schedule, command);
        if (err) return { error: err };
        const lines = readCrontab();
        if (lines.filter((l) => TAG.test(l)).length >= max) return { error: `limit of ${max} managed entries reached` };
        const id = randomBytes(3).toString('hex');
        const line = `${schedule.trim()} ${command.trim()} # openclaw:${id}`;
        if (!confirm) return { preview: line, comment: `# ${reason.replace(/[\r\n]/g, ' ')}`, note: 'Show this to the user; call again with confirm=true to install.' };
        writeCrontab([...lines, `# ${reason.replace(/[\r\n]/g, ' ')}`, line]);
        api.logger?.info?.(`cron entry ${id} added`);
        return { added: line, id };
      },
    });

    api.registerTool({
      name: 'cron_remove',
      description: 'Remove an OpenClaw-managed crontab entry by id.',
      parameters: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      async execute({ id }: { id: string }) {
        const lines = readCrontab();
        const idx = lines.findIndex((l) => TAG.exec(l)?.[1] === id);
        if (idx < 0) return { error: `no managed entry with id ${id}` };
        const drop = new Set([idx]);
        if (idx > 0 && lines[idx - 1].startsWith('# ') && !TAG.test(lines[idx - 1])) drop.add(idx - 1);
        writeCrontab(lines.filter((_, i) => !drop.has(i)));
        return { removed: lines[idx] };
      },
    });
  },
};
