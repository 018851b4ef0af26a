import { out } from './run.mjs';

const LABELS = { feat: 'Features', fix: 'Fixes', perf: 'Performance', docs: 'Docs' };

export function mergedTitles(since) {
  const log = out('git', ['log', since ? `${since}..HEAD` : 'HEAD', '--merges', '--first-parent', '--format=%s%x00%b%x01']);
  return log.split('\x01').map((e) => e.trim()).filter(Boolean).map((e) => {
    const [subject, body] = e.split('\x00');
    const pr = /#(\d+)/.exec(subject)?.[1];
    const title = (body || subject).split('\n')[0].trim();
    return { pr, title };
  });
}

export function render(version, items, repoUrl) {
  const groups = new Map();
  for (const it of items) {
    const type = /^(\w+)(\(.+\))?!?:/.exec(it.title)?.[1] ?? 'other';
    const key = LABELS[type] ?? 'Other changes';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(it);
  }
  const lines = [`## v${version}`, ''];
  for (const [k, list] of groups) {
    lines.push(`### ${k}`);
    for (const it of list) lines.push(`- ${it.title}${it.pr && repoUrl ? ` ([#${it.pr}](${repoUrl}/pull/${it.pr}))` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}
