'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { migrate } = require('./migrate');

function notesFile(api, cfg) {
  if (cfg.file) return cfg.file.replace(/^~/, os.homedir());
  const ws = (api.config && api.config.agents && api.config.agents.defaults && api.config.agents.defaults.workspace) || path.join(os.homedir(), '.openclaw', 'workspace');
  return path.join(ws.replace(/^~/, os.homedir()), 'standup.md');
}

const today = () => new Date().toISOString().slice(0, 10);

module.exports = {
  id: 'standup-notes',
  register(api) {
    const cfg = api.pluginConfig || {};
    const file = notesFile(api, cfg);
    migrate(file);

    api.registerTool({
      name: 'standup_add',
      description: 'Append a standup entry for today.',
      parameters: {
        type: 'object', required: ['yesterday', 'today'],
        properties: { yesterday: { type: 'string' }, today: { type: 'string' }, blockers: { type: 'string' } }
      },
      async execute(_id, p) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const entry = `\n### ${today()}\n- **Yesterday:** ${p.yesterday}\n- **Today:** ${p.today}\n- **Blockers:** ${p.blockers || 'none'}\n`;
        fs.appendFileSync(file, entry);
        return { content: [{ type: 'text', text: `Saved standup for ${today()}.` }] };
      }
    });

    api.registerTool({
      name: 'standup_week',
      description: "Return this week's standup entries (Mon–Fri).",
      parameters: { type: 'object', properties: {} },
      async execute() {
        let md = '';
        try { md = fs.readFileSync(file, 'utf8'); } catch {}
        const now = new Date();
        const monday = new Date(now); monday.setDate(now.getDate() - ((now.getDay() + 6) % 7));
        const from = monday.toISOString().slice(0, 10);
        const blocks = md.split(/\n(?=### \d{4}-\d{2}-\d{2})/).filter(b => {
          const d = (/### (\d{4}-\d{2}-\d{2})/.exec(b) || [])[1];
          return d && d >= from && ![0, 6].includes(new Date(d).getDay());
        });
        return { content: [{ type: 'text', text: blocks.join('\n').trim() || 'No entries this week.' }] };
      }
    });
  }
};
