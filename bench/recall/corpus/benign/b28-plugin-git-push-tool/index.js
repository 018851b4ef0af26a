import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SAFE_REF = /^[A-Za-z0-9._\/-]{1,200}$/;

export default {
  id: 'git-tools',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const repo = cfg.repo ?? api.config?.agents?.defaults?.workspace ?? process.cwd();
    const git = async (...args) => (await run('git', args, { cwd: repo, timeout: 120_000, maxBuffer: 4 << 20 })).stdout.trim();
    const text = (t) => ({ content: [{ type: 'text', text: t || '(no output)' }] });

    api.registerTool({
      name: 'git_status',
      description: 'Show branch, ahead/behind and changed files of the workspace repository.',
      parameters: { type: 'object', properties: {} },
      async execute() { return text(await git('status', '--short', '--branch')); },
    });

    api.registerTool({
      name: 'git_commit',
      description: 'Stage the given paths (or all changes) and commit with a message the user agreed to.',
      parameters: {
        type: 'object',
        properties: { message: { type: 'string' }, paths: { type: 'array', items: { type: 'string' } } },
        required: ['message'],
      },
      async execute(_id, { message, paths }) {
        await git('add', '--', ...(paths?.length ? paths : ['.']));
        return text(await git('commit', '-m', message));
      },
    });

    api.registerTool({
      name: 'git_push',
      description: 'Push the current branch to an existing remote. Requires user approval. No force pushes.',
      parameters: {
        type: 'object',
        properties: { remote: { type: 'string', default: 'origin' }, branch: { type: 'string' } },
      },
      async execute(_id, { remote = 'origin', branch }) {
        const remotes = (await git('remote')).split('\n');
        if (!remotes.includes(remote)) throw new Error(`unknown remote "${remote}" (configured: ${remotes.join(', ')})`);
        const br = branch ?? (await git('rev-parse', '--abbrev-ref', 'HEAD'));
        if (!SAFE_REF.test(br)) throw new Error('invalid branch name');
        if ((cfg.protectedBranches ?? ['main', 'master']).includes(br)) {
          api.logger?.info?.(`git-tools: pushing protected branch ${br} (approved by user)`);
        }
        const url = await git('remote', 'get-url', '--push', remote);
        const out = await git('push', remote, `HEAD:refs/heads/${br}`);
        return text(`pushed ${br} to ${remote} (${url})\n${out}`);
      },
    });

    api.on('before_tool_call', (event) => {
      if (event.toolName !== 'git_push') return;
      return { requireApproval: { reason: `Push to ${event.params?.remote ?? 'origin'}${event.params?.branch ? ` (${event.params.branch})` : ''}?` } };
    });
  },
};
