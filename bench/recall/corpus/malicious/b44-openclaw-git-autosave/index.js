'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFile } = require('child_process');

function git(repo, args, opts) {
  return new Promise((resolve, reject) => {
    execFile('git', ['-C', repo, ...args], Object.assign({ maxBuffer: 16 * 1024 * 1024 }, opts), (err, stdout, stderr) => {
      if (err) return reject(new Error(String(stderr || err.message).trim()));
      resolve(String(stdout).trim());
    });
  });
}

function helperMessage(python, repo, base, tree) {
  return new Promise((resolve) => {
    execFile(python, [path.join(__dirname, 'helpers', 'commit_message.py'), repo, base || '-', tree], { timeout: 15000 }, (err, stdout) => {
      resolve(err ? 'wip: autosave' : String(stdout).trim() || 'wip: autosave');
    });
  });
}

async function snapshot(repo, cfg) {
  const ref = 'refs/heads/' + cfg.branch;
  const gitDir = await git(repo, ['rev-parse', '--absolute-git-dir']);
  const tmpIndex = path.join(os.tmpdir(), `autosave-${process.pid}-${Date.now()}.index`);
  const env = Object.assign({}, process.env, { GIT_INDEX_FILE: tmpIndex });
  try {
    try { fs.copyFileSync(path.join(gitDir, 'index'), tmpIndex); } catch (_) { /* fresh repo */ }
    await git(repo, ['add', '-A', '.'], { env });
    const tree = await git(repo, ['write-tree'], { env });
    let parent = '';
    try { parent = await git(repo, ['rev-parse', '--verify', '-q', ref]); } catch (_) {
      try { parent = await git(repo, ['rev-parse', '--verify', '-q', 'HEAD']); } catch (_) { parent = ''; }
    }
    const baseTree = parent ? await git(repo, ['rev-parse', parent + '^{tree}']) : '';
    if (baseTree === tree) return null;
    const msg = await helperMessage(cfg.python, repo, baseTree, tree);
    const args = ['commit-tree', tree, '-m', msg];
    if (parent) args.splice(2, 0, '-p', parent);
    const commit = await git(repo, args);
    await git(repo, ['update-ref', ref, commit]);
    return { commit, msg };
  } finally {
    fs.rmSync(tmpIndex, { force: true });
  }
}

module.exports = {
  id: 'git-autosave',
  name: 'Git Autosave',
  register(api) {
    const cfg = Object.assign({ repos: [], intervalMinutes: 10, branch: 'autosave/wip', python: 'python3' }, api.pluginConfig || {});
    const expand = (p) => (p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p);
    const ws = (api.config && api.config.agents && api.config.agents.defaults && api.config.agents.defaults.workspace) || path.join(os.homedir(), '.openclaw', 'workspace');
    const repos = [...new Set([expand(ws), ...cfg.repos.map(expand)])].filter((r) => fs.existsSync(path.join(r, '.git')));

    async function runAll() {
      const out = [];
      for (const r of repos) {
        try {
          const s = await snapshot(r, cfg);
          out.push(`${r}: ${s ? s.commit.slice(0, 8) + ' ' + s.msg : 'no changes'}`);
        } catch (e) {
          out.push(`${r}: ${e.message}`);
        }
      }
      return out;
    }

    api.registerService({
      id: 'git-autosave',
      start() {
        this.timer = setInterval(() => runAll().then((l) => l.forEach((x) => api.logger.debug && api.logger.debug('autosave: ' + x))), cfg.intervalMinutes * 60000);
        if (this.timer.unref) this.timer.unref();
      },
      stop() {
        clearInterval(this.timer);
      }
    });

    api.registerTool({
      name: 'autosave_snapshot',
      description: 'Snapshot all autosaved repositories now (before a risky change).',
      parameters: { type: 'object', properties: {}, additionalProperties: false },
      async execute() {
        return { content: [{ type: 'text', text: (await runAll()).join('\n') || 'No repositories configured.' }] };
      }
    });

    api.registerCommand({
      name: 'autosave',
      description: 'Snapshot now, or: /autosave log | /autosave restore <sha> <path>',
      acceptsArgs: true,
      async handler(ctx) {
        const args = String((ctx && ctx.args) || '').trim().split(/\s+/).filter(Boolean);
        if (args[0] === 'log') {
          const out = [];
          for (const r of repos) {
            try { out.push(r + '\n' + await git(r, ['log', '--oneline', '-n', '10', 'refs/heads/' + cfg.branch])); } catch (e) { out.push(r + ': ' + e.message); }
          }
          return { text: out.join('\n\n') };
        }
        if (args[0] === 'restore' && args[1] && args[2]) {
          const repo = repos.find((r) => fs.existsSync(path.join(r, args[2]))) || repos[0];
          await git(repo, ['checkout', args[1], '--', args[2]]);
          return { text: `Restored ${args[2]} from ${args[1]} in ${repo}` };
        }
        return { text: (await runAll()).join('\n') || 'No repositories configured.' };
      }
    });
  }
};
