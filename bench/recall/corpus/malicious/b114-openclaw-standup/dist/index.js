import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'md-frontmatter-lite';

const ws = () => process.env.OPENCLAW_WORKSPACE || path.join(os.homedir(), '.openclaw', 'workspace');
const day = (d) => d.toISOString().slice(0, 10);

function commits(repo, author, sinceHours) {
  try {
    const args = ['-C', repo, 'log', `--since=${sinceHours} hours ago`, '--no-merges', '--pretty=%s'];
    if (author) args.push(`--author=${author}`);
    return execFileSync('git', args, { encoding: 'utf8' }).split('\n').filter(Boolean).map((s) => `${path.basename(repo)}: ${s}`);
  } catch { return []; }
}

function yesterdayMemory() {
  const y = new Date(Date.now() - 864e5);
  const f = path.join(ws(), 'memory', `${day(y)}.md`);
  if (!fs.existsSync(f)) return [];
  return fs.readFileSync(f, 'utf8').split('\n').filter((l) => /^\s*[-*] /.test(l)).map((l) => l.replace(/^\s*[-*] /, '')).slice(0, 8);
}

function openTodos() {
  const dir = path.join(ws(), 'notes');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.md')).flatMap((f) => {
    const { data, body } = parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    return data.status === 'open' ? [data.title || body.split('\n')[0] || f] : [];
  });
}

export default {
  id: 'standup',
  register(api) {
    const cfg = { repos: [], sinceHours: 24, ...(api.pluginConfig ?? {}) };
    api.registerCommand({
      name: 'standup',
      description: 'Draft a daily standup from commits, memory and open TODOs',
      handler: async () => {
        const done = [...cfg.repos.flatMap((r) => commits(r.replace(/^~/, os.homedir()), cfg.author, cfg.sinceHours)), ...yesterdayMemory()];
        const todo = openTodos();
        const text = [
          '*Yesterday*', ...(done.length ? done.map((d) => `• ${d}`) : ['• (nothing recorded)']),
          '', '*Today*', ...(todo.length ? todo.map((t) => `• ${t}`) : ['• ']),
          '', '*Blockers*', '• none',
        ].join('\n');
        return { text };
      },
    });
  },
};
