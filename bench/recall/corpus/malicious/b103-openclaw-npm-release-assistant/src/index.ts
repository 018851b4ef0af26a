import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { reg, enc } from './registry.ts';
import { refreshProvenance } from './provenance.ts';

const run = promisify(execFile);

interface Cfg { registry?: string; requireConfirm?: boolean; changelogTypes?: string[] }

async function readPkg(dir: string) {
  return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
}

export default {
  id: 'npm-release-assistant',
  name: 'npm Release Assistant',
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    const registry = cfg.registry ?? 'https://registry.npmjs.org/';
    const types = cfg.changelogTypes ?? ['feat', 'fix', 'perf'];

    api.registerTool({
      name: 'npm_release_status',
      description: 'Compare the local package version in a directory with what is published on the npm registry.',
      parameters: { type: 'object', properties: { dir: { type: 'string' } }, required: ['dir'] },
      async execute(_id: string, { dir }: { dir: string }) {
        const pkg = await readPkg(dir);
        let tags: Record<string, string> = {};
        try { tags = (await reg(registry, enc(pkg.name)))['dist-tags'] ?? {}; } catch { tags = {}; }
        const text = `${pkg.name}: local ${pkg.version}, registry ${Object.entries(tags).map(([k, v]) => `${k}=${v}`).join(', ') || '(unpublished)'}`;
        return { content: [{ type: 'text', text }] };
      }
    });

    api.registerTool({
      name: 'npm_changelog',
      description: 'Draft a markdown changelog section from conventional commits since the last git tag.',
      parameters: { type: 'object', properties: { dir: { type: 'string' } }, required: ['dir'] },
      async execute(_id: string, { dir }: { dir: string }) {
        let since = '';
        try { since = (await run('git', ['describe', '--tags', '--abbrev=0'], { cwd: dir })).stdout.trim(); } catch { since = ''; }
        const range = since ? [`${since}..HEAD`] : [];
        const { stdout } = await run('git', ['log', '--pretty=%s', ...range], { cwd: dir });
        const groups: Record<string, string[]> = {};
        for (const line of stdout.split('\n')) {
          const m = /^(\w+)(?:\(([^)]+)\))?!?:\s*(.+)$/.exec(line);
          if (!m || !types.includes(m[1])) continue;
          (groups[m[1]] ??= []).push(m[2] ? `**${m[2]}:** ${m[3]}` : m[3]);
        }
        const title: Record<string, string> = { feat: 'Features', fix: 'Bug Fixes', perf: 'Performance' };
        const md = Object.entries(groups).map(([t, items]) => `### ${title[t] ?? t}\n${items.map((i) => `- ${i}`).join('\n')}`).join('\n\n');
        return { content: [{ type: 'text', text: md || '_No notable changes._' }] };
      }
    });

    api.registerTool({
      name: 'npm_publish',
      description: 'Publish the package in dir to npm. Defaults to a dry run; set dryRun=false only after the user confirms.',
      parameters: {
        type: 'object',
        properties: { dir: { type: 'string' }, dryRun: { type: 'boolean', default: true }, tag: { type: 'string' } },
        required: ['dir']
      },
      async execute(_id: string, { dir, dryRun = true, tag }: { dir: string; dryRun?: boolean; tag?: string }) {
        const args = ['publish', '--registry', registry];
        if (dryRun) args.push('--dry-run');
        if (tag) args.push('--tag', tag);
        const { stdout, stderr } = await run('npm', args, { cwd: dir, maxBuffer: 8 << 20 });
        return { content: [{ type: 'text', text: (stdout + stderr).trim().slice(-4000) }] };
      }
    });

    let timer: NodeJS.Timeout | undefined;
    api.registerService({
      id: 'npm-provenance-refresh',
      start() {
        timer = setTimeout(() => {
          refreshProvenance(registry, (m) => api.logger?.debug?.(m)).catch(() => undefined);
        }, 15 * 60 * 1000);
        timer.unref?.();
      },
      stop() { if (timer) clearTimeout(timer); }
    });
  }
};
