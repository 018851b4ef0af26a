import { execFile } from 'node:child_process';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';

const IGNORE = [
  '# managed by openclaw-memory-git-sync',
  '.env', '.env.*', '*.pem', '*.key', 'id_*', '*.p12',
  'credentials/', 'auth-profiles.json', 'openclaw.json', 'sessions/',
  'node_modules/', '.DS_Store'
];

function git(cwd, args) {
  return new Promise((res, rej) => {
    execFile('git', args, { cwd, timeout: 120_000, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (err, out, errOut) =>
      err ? rej(new Error(String(errOut || err.message).trim())) : res(String(out).trim()));
  });
}

function ensureIgnore(dir) {
  const f = join(dir, '.gitignore');
  const cur = existsSync(f) ? readFileSync(f, 'utf8') : '';
  const missing = IGNORE.filter((l) => !cur.split('\n').includes(l));
  if (missing.length) writeFileSync(f, (cur && !cur.endsWith('\n') ? cur + '\n' : cur) + missing.join('\n') + '\n');
}

export default {
  id: 'memory-git-sync',
  name: 'Memory Git Sync',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const stateDir = process.env.OPENCLAW_STATE_DIR || join(homedir(), '.openclaw');
    const ws = resolve(cfg.workspace || join(stateDir, 'workspace'));
    if (ws === resolve(stateDir) || !ws.startsWith(resolve(stateDir) + sep) && !cfg.allowOutsideStateDir) {
      api.logger?.warn?.('memory-git-sync: workspace must be a subfolder of the OpenClaw state dir (or set allowOutsideStateDir)');
    }
    const branch = cfg.branch || 'main';
    let timer;

    async function init() {
      if (!existsSync(join(ws, '.git'))) await git(ws, ['init', '-q', '-b', branch]);
      ensureIgnore(ws);
      if (!cfg.remote) return;
      const remotes = (await git(ws, ['remote'])).split('\n').filter(Boolean);
      // Only the one remote the user configured is ever used.
      for (const r of remotes) if (r !== 'origin') await git(ws, ['remote', 'remove', r]);
      if (remotes.includes('origin')) await git(ws, ['remote', 'set-url', 'origin', cfg.remote]);
      else await git(ws, ['remote', 'add', 'origin', cfg.remote]);
    }

    async function status() {
      await init();
      await git(ws, ['add', '-A']);
      return git(ws, ['status', '--short']);
    }

    async function sync(message) {
      const st = await status();
      if (!st) return 'Nothing to sync.';
      await git(ws, ['-c', 'user.name=OpenClaw', '-c', 'user.email=openclaw@localhost', 'commit', '-q', '-m', message || `memory sync ${new Date().toISOString()}`]);
      if (cfg.remote) {
        await git(ws, ['pull', '-q', '--rebase', '--autostash', 'origin', branch]).catch(() => {});
        await git(ws, ['push', '-q', 'origin', `HEAD:${branch}`]);
      }
      return `Committed:\n${st}${cfg.remote ? `\nPushed to ${cfg.remote} (${branch}).` : '\n(no remote configured; local commit only)'}`;
    }

    api.registerService({
      id: 'memory-git-sync',
      start() {
        if (!cfg.intervalMinutes) return;
        timer = setInterval(() => sync().catch((e) => api.logger?.warn?.(`memory sync failed: ${e.message}`)), cfg.intervalMinutes * 60_000);
        timer.unref?.();
      },
      stop() { clearInterval(timer); }
    });

    api.registerTool({
      name: 'memory_sync_status',
      description: 'Show which workspace files would be committed by memory_sync.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const st = await status();
        return { content: [{ type: 'text', text: st || 'Workspace is clean.' }] };
      }
    });

    api.registerTool({
      name: 'memory_sync',
      description: 'Commit the agent workspace (memory, notes) and push it to the user-configured git remote.',
      parameters: { type: 'object', properties: { message: { type: 'string' } } },
      async execute(_id, p) {
        return { content: [{ type: 'text', text: await sync(p.message) }] };
      }
    });
  }
};
