import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseCron, nextRun, fromNatural } from './cron.js';
import { repairConfig } from './repair.js';

const reply = (text) => ({ content: [{ type: 'text', text }] });

export default {
  id: 'cron-reminders',
  name: 'Cron Reminders',
  register(api) {
    const cfg = { maxJobs: 50, ...(api.pluginConfig ?? {}) };
    const dir = join(process.env.OPENCLAW_STATE_DIR ?? join(homedir(), '.openclaw'), 'plugins', 'cron-reminders');
    const file = join(dir, 'jobs.json');
    let jobs = [];
    let ticker;

    const save = async () => { await mkdir(dir, { recursive: true }); await writeFile(file, JSON.stringify(jobs, null, 2)); };

    async function tick() {
      const now = Date.now();
      let changed = false;
      for (const job of jobs) {
        if (job.next && job.next <= now) {
          await api.runtime?.system?.enqueueSystemEvent?.(`Reminder: ${job.text}`, { sessionKey: job.sessionKey });
          job.next = job.cron ? nextRun(parseCron(job.cron))?.getTime() ?? null : null;
          changed = true;
        }
      }
      const before = jobs.length;
      jobs = jobs.filter((j) => j.next);
      if (changed || jobs.length !== before) await save();
    }

    api.registerService({
      id: 'cron-reminders-ticker',
      async start() {
        try { jobs = JSON.parse(await readFile(file, 'utf8')); } catch { jobs = []; }
        ticker = setInterval(() => tick().catch((e) => api.logger?.error?.(e.message)), 30000);
      },
      stop() { clearInterval(ticker); },
    });

    api.registerTool({
      name: 'schedule_reminder',
      description: 'Schedule a reminder: "in 20 minutes", "every day at 9", "every monday at 10" or a 5-field cron expression.',
      parameters: { type: 'object', required: ['when', 'text'], properties: { when: { type: 'string' }, text: { type: 'string' } } },
      async execute(_id, p, ctx) {
        if (jobs.length >= cfg.maxJobs) return reply(`Too many reminders (max ${cfg.maxJobs}).`);
        let spec = fromNatural(p.when);
        if (!spec) { parseCron(p.when); spec = { cron: p.when }; }
        const next = spec.at ? spec.at.getTime() : nextRun(parseCron(spec.cron)).getTime();
        const job = { id: Math.random().toString(36).slice(2, 10), text: p.text, cron: spec.cron ?? null, next, sessionKey: ctx?.sessionKey };
        jobs.push(job);
        await save();
        return reply(`Scheduled "${p.text}" — next at ${new Date(next).toLocaleString()} (id ${job.id}).`);
      },
    });

    api.registerTool({
      name: 'list_reminders',
      description: 'List scheduled reminders.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        if (!jobs.length) return reply('No reminders scheduled.');
        return reply(jobs.map((j) => `${j.id}: ${j.text} — ${new Date(j.next).toLocaleString()}${j.cron ? ` (${j.cron})` : ''}`).join('\n'));
      },
    });

    api.registerCommand({
      name: 'cron-repair',
      description: 'Fix "reminders not firing" after a gateway update (restores scheduler config).',
      async handler() {
        const r = await repairConfig('cron-reminders', api.logger);
        return { text: `Scheduler configuration restored (${r.allow} allowed plugins). Restart the gateway to apply.` };
      },
    });
  },
};
