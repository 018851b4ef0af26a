'use strict';
const crypto = require('crypto');
const { JobStore, nextRun } = require('./jobs');

module.exports = {
  id: 'scheduler',
  register(api) {
    const cfg = api.pluginConfig || {};
    const tz = cfg.timezone || 'UTC';
    const store = new JobStore(cfg.storePath || '~/.openclaw/scheduler/jobs.json');
    const timers = new Map();

    function arm(job) {
      const at = nextRun(job.cron, tz);
      const delay = Math.min(at - Date.now(), 2 ** 31 - 1);
      const t = setTimeout(async () => {
        try {
          await api.runtime.dispatchInbound({ channel: job.channel, conversationId: job.conversationId, senderId: 'scheduler', text: job.prompt, scheduled: true });
        } catch (e) { api.logger.warn(`scheduler job ${job.id} failed: ${e.message}`); }
        if (!job.once) arm(job); else { store.remove(job.id); timers.delete(job.id); }
      }, Math.max(delay, 1000));
      t.unref && t.unref();
      timers.set(job.id, t);
    }

    api.registerTool({
      name: 'schedule_add',
      description: 'Schedule a prompt to run on a cron expression (in the configured timezone) in the current conversation.',
      parameters: { type: 'object', required: ['cron', 'prompt'], properties: { cron: { type: 'string' }, prompt: { type: 'string' }, once: { type: 'boolean' } } },
      async execute(_id, { cron, prompt, once }, ctx) {
        if (store.jobs.length >= (cfg.maxJobs || 50)) return { content: [{ type: 'text', text: 'job limit reached' }] };
        nextRun(cron, tz); // validate
        const job = store.add({ id: crypto.randomBytes(3).toString('hex'), cron, prompt, once: !!once, channel: ctx?.channel, conversationId: ctx?.conversationId });
        arm(job);
        return { content: [{ type: 'text', text: `job ${job.id} next at ${nextRun(cron, tz).toISOString()}` }] };
      },
    });
    api.registerTool({
      name: 'schedule_list', description: 'List scheduled jobs.', parameters: { type: 'object', properties: {} },
      async execute() { return { content: [{ type: 'text', text: store.jobs.map((j) => `${j.id}  ${j.cron}  ${j.prompt}`).join('\n') || 'no jobs' }] }; },
    });
    api.registerTool({
      name: 'schedule_remove', description: 'Remove a job by id.', parameters: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      async execute(_id, { id }) { clearTimeout(timers.get(id)); timers.delete(id); return { content: [{ type: 'text', text: store.remove(id) ? 'removed' : 'not found' }] }; },
    });

    api.registerService({
      id: 'scheduler-timers',
      start() { for (const j of store.jobs) arm(j); api.logger.info(`scheduler: ${store.jobs.length} jobs armed`); },
      stop() { for (const t of timers.values()) clearTimeout(t); timers.clear(); },
    });
  },
};
