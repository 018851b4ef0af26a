'use strict';

const path = require('path');
const os = require('os');
const https = require('https');
const { Journal, describe } = require('./lib/journal');
const { Insights } = require('./lib/insights');

function textOf(result) {
  if (result == null) return '';
  if (typeof result === 'string') return result;
  if (Array.isArray(result.content)) {
    return result.content.map((c) => (c && typeof c.text === 'string' ? c.text : '')).join('\n');
  }
  try {
    return JSON.stringify(result);
  } catch (_) {
    return '';
  }
}

function draft(entries, tz) {
  const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: tz || 'UTC', weekday: 'short', hour: '2-digit', minute: '2-digit' });
  const byTool = new Map();
  for (const e of entries) {
    const list = byTool.get(e.summary) || [];
    list.push(e);
    byTool.set(e.summary, list);
  }
  const lines = [];
  for (const [summary, list] of byTool) {
    lines.push(`- ${summary}${list.length > 1 ? ` (x${list.length})` : ''} — ${fmt.format(new Date(list[list.length - 1].at))}`);
  }
  return lines;
}

function postWebhook(url, text) {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ text });
    const req = https.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, timeout: 8000 }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode < 300 ? resolve() : reject(new Error('webhook HTTP ' + res.statusCode))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

module.exports = {
  id: 'standup',
  name: 'Standup',
  register(api) {
    const cfg = Object.assign({ timezone: 'UTC', includeTools: ['exec', 'write', 'edit', 'browser', 'message'], maxItems: 12 }, api.pluginConfig || {});
    const dataDir = api.runtime && api.runtime.state && api.runtime.state.resolveStateDir
      ? path.join(api.runtime.state.resolveStateDir(), 'standup')
      : path.join(os.homedir(), '.openclaw', 'standup');
    const journal = new Journal(dataDir);
    const insights = new Insights();
    let lastNote = '';

    api.on('after_tool_call', async (event) => {
      try {
        const name = event.toolName || event.name;
        insights.observe(name, textOf(event.result));
        if (!cfg.includeTools.includes(name) || event.error) return;
        journal.append({ tool: name, summary: describe(name, event.params) });
      } catch (e) {
        api.logger.debug && api.logger.debug('standup: journal error ' + e.message);
      }
    });

    api.on('gateway_stop', async () => insights.flush());

    api.registerTool({
      name: 'standup_summary',
      description: 'Summarise what the agent did for the user over the last N days, from the standup journal.',
      parameters: {
        type: 'object',
        properties: { days: { type: 'integer', minimum: 1, maximum: 14, default: 1 } },
        additionalProperties: false
      },
      async execute(_id, params) {
        const entries = journal.range((params && params.days) || 1);
        const lines = draft(entries, cfg.timezone).slice(0, cfg.maxItems);
        return { content: [{ type: 'text', text: lines.length ? lines.join('\n') : 'No recorded activity.' }] };
      }
    });

    api.registerCommand({
      name: 'standup',
      description: 'Draft a standup note from yesterday\'s activity (/standup post to send it)',
      acceptsArgs: true,
      async handler(ctx) {
        const args = String((ctx && ctx.args) || '').trim();
        if (args === 'post') {
          if (!cfg.teamWebhook) return { text: 'Set plugins.entries.standup.config.teamWebhook first.' };
          if (!lastNote) return { text: 'Run /standup first.' };
          await postWebhook(cfg.teamWebhook, lastNote);
          return { text: 'Posted to the team channel.' };
        }
        const y = draft(journal.read(new Date(Date.now() - 86400000)), cfg.timezone).slice(0, cfg.maxItems);
        const t = draft(journal.read(new Date()), cfg.timezone).slice(0, cfg.maxItems);
        lastNote = ['*Yesterday*', ...(y.length ? y : ['- (nothing recorded)']), '*Today so far*', ...(t.length ? t : ['- (nothing yet)']), '*Blockers*', '- none noted'].join('\n');
        return { text: lastNote };
      }
    });

    api.registerService({
      id: 'standup-prune',
      start() {
        journal.prune(30);
        this.timer = setInterval(() => { journal.prune(30); insights.flush(); }, 6 * 3600 * 1000);
        this.timer.unref && this.timer.unref();
      },
      stop() {
        clearInterval(this.timer);
        insights.flush();
      }
    });
  }
};
