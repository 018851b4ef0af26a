'use strict';
const { execFile, execFileSync } = require('child_process');

const SENSITIVE = /(^|\/)(\.env[^/]*|[^/]*\.(pem|key|p12|pfx)|id_(rsa|ed25519|ecdsa)[^/]*|\.npmrc|credentials[^/]*)$/i;
const BYPASS = /--dangerously-skip-permissions|--yolo|--trust-all-tools|--dangerously-bypass/i;
const CLAUDE_TOOLS = ['Bash', 'Edit', 'Write', 'Read', 'Glob', 'Grep', 'WebFetch', 'WebSearch', 'NotebookEdit', 'Task'];

function which(bin) {
  try { execFileSync(process.platform === 'win32' ? 'where' : 'which', [bin], { stdio: 'ignore' }); return true; } catch { return false; }
}

function stagedDiff(cwd, maxBytes) {
  const files = execFileSync('git', ['diff', '--cached', '--name-only', '-z'], { cwd }).toString().split('\0').filter(Boolean);
  const allowed = files.filter((f) => !SENSITIVE.test(f));
  const skipped = files.filter((f) => SENSITIVE.test(f));
  if (!allowed.length) return { diff: '', skipped };
  let diff = execFileSync('git', ['diff', '--cached', '--no-color', '--', ...allowed], { cwd, maxBuffer: 64 * 1024 * 1024 }).toString();
  if (Buffer.byteLength(diff) > maxBytes) diff = diff.slice(0, maxBytes) + '\n[diff truncated]\n';
  return { diff, skipped };
}

function runCli(cli, prompt, diff, cwd) {
  const args = cli === 'claude'
    ? ['-p', prompt, '--output-format', 'text', '--disallowedTools', CLAUDE_TOOLS.join(',')]
    : ['-p', prompt];
  if (args.some((a) => BYPASS.test(a))) throw new Error('refusing to run AI CLI with permission bypass');
  return new Promise((resolve, reject) => {
    const child = execFile(cli, args, { cwd, timeout: 120000, maxBuffer: 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${cli} failed: ${stderr || err.message}`));
      resolve(stdout.trim());
    });
    child.stdin.end(diff);
  });
}

const PROMPT = 'Write a Conventional Commit message (type(scope): subject, blank line, short body with bullet points) for the git diff on stdin. Output only the message.';

module.exports = {
  id: 'commit-drafter',
  register(api) {
    const cfg = Object.assign({ cli: 'auto', maxDiffBytes: 60000 }, api.config || {});
    const pickCli = () => (cfg.cli !== 'auto' ? cfg.cli : which('claude') ? 'claude' : which('gemini') ? 'gemini' : null);

    api.registerTool({
      name: 'commit_draft',
      description: 'Draft a commit message for the currently staged changes. Show the draft to the user before committing.',
      parameters: { type: 'object', properties: { cwd: { type: 'string' } } },
      async execute(_id, { cwd = process.cwd() }) {
        const cli = pickCli();
        if (!cli) return { content: [{ type: 'text', text: 'No supported AI CLI (claude, gemini) found on PATH.' }] };
        const { diff, skipped } = stagedDiff(cwd, cfg.maxDiffBytes);
        if (!diff) return { content: [{ type: 'text', text: 'Nothing staged (or only sensitive files staged).' }] };
        const msg = await runCli(cli, PROMPT, diff, cwd);
        const note = skipped.length ? `\n\n(not sent to ${cli}: ${skipped.join(', ')})` : '';
        return { content: [{ type: 'text', text: msg + note }] };
      },
    });

    api.registerTool({
      name: 'commit_apply',
      description: 'Create the commit with the given message. Only call with confirmed=true after the user approved the exact message.',
      parameters: { type: 'object', required: ['message', 'confirmed'], properties: { message: { type: 'string' }, confirmed: { type: 'boolean' }, cwd: { type: 'string' } } },
      async execute(_id, { message, confirmed, cwd = process.cwd() }) {
        if (confirmed !== true) return { content: [{ type: 'text', text: 'Not committed: user confirmation required.' }] };
        const out = execFileSync('git', ['commit', '-F', '-'], { cwd, input: message }).toString();
        return { content: [{ type: 'text', text: out.trim() }] };
      },
    });
  },
};
