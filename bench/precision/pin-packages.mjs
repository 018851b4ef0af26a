#!/usr/bin/env node
/**
 * Writes bench/precision/packages.json: the pinned corpus of the precision and throughput benches.
 *   npmTop          — the 200 most-downloaded npm packages, from the package list in the environment
 *                     (name, version, monthly downloads), sorted by downloads. Nothing is skipped: @types/*
 *                     stay in, because type definitions that mention eval, child_process or /etc/passwd are a
 *                     documented false-positive trap (THREATS.md §3), exactly what the bench must measure.
 *   openclawPlugins — real OpenClaw plugins from the registry; each was checked to declare
 *                     `openclaw.extensions` in its package.json (run.mjs re-checks it in the tarball).
 *   bundledSkillsFrom — the OpenClaw release whose bundled `skills/*` folders are a set of real, benign skills
 *                     (GitHub, Notion, weather, 1Password, tmux, …) measured beside fixtures/skills-benign/.
 * Usage: node bench/precision/pin-packages.mjs [path/to/npm.tsv]
 */
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const listPath = process.argv[2] ?? '/work/.library/env/packages/npm.tsv';

const OPENCLAW_PLUGINS = [
  '@openclaw/feishu@2026.9.5',
  '@openclaw/msteams@2026.9.5',
  '@openclaw/matrix@2026.9.6',
  '@openclaw/bluebubbles@2026.5.7',
  '@openclaw/nextcloud-talk@2026.9.5',
  '@openclaw/discord@2026.9.6',
  '@openclaw/zalouser@2026.9.4',
  '@openclaw/nostr@2026.9.5',
  '@openclaw/zalo@2026.9.5',
  '@openclaw/synology-chat@2026.9.4',
  '@mem0/openclaw-mem0@1.0.16',
  '@ollama/openclaw-web-search@0.2.2',
  '@openclaw-china/wecom@0.1.8',
  '@openclaw-china/wecom-app@2026.4.24',
  '@openclaw-china/dingtalk@0.1.19',
  '@openclaw-china/channels@0.1.18',
  '@openclaw-china/feishu@0.1.10',
  '@mocrane/wecom@2026.3.24',
  '@soimy/dingtalk@3.6.7',
  '@calltelemetry/openclaw-linear@0.9.29',
  '@askjo/camofox-browser@1.17.0',
  '@laurentenhoor/devclaw@1.6.10',
  '@jiggai/kitchen@0.6.3',
  '@jiggai/recipes@0.5.2',
  '@nicfox77/parakeet-stt@0.2.9',
  '@robertogongora/graphiti@0.6.2',
  '@projectavatar/openclaw-avatar@2.2.0',
  '@aiassesstech/grillo@0.1.43',
];

const rows = fs
  .readFileSync(listPath, 'utf8')
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'))
  .filter((cols) => cols.length >= 3 && cols[0] && cols[1] && /^\d+$/.test(cols[2]))
  .map(([name, version, downloads]) => ({ name, version, monthlyDownloads: Number(downloads) }))
  .sort((a, b) => b.monthlyDownloads - a.monthlyDownloads || a.name.localeCompare(b.name));

const splitSpec = (spec) => {
  const at = spec.lastIndexOf('@');
  return { name: spec.slice(0, at), version: spec.slice(at + 1) };
};

const pinned = {
  description: 'Pinned corpus for bench/precision and bench/throughput (regenerate with pin-packages.mjs).',
  source: 'npm package list of the environment (name, version, monthly downloads), sorted by downloads',
  npmTop: rows.slice(0, 200),
  openclawPlugins: OPENCLAW_PLUGINS.map(splitSpec),
  bundledSkillsFrom: { name: 'openclaw', version: '2026.9.6' },
};
fs.writeFileSync(path.join(here, 'packages.json'), `${JSON.stringify(pinned, null, 2)}\n`);
console.log(`pinned ${pinned.npmTop.length} npm packages and ${pinned.openclawPlugins.length} OpenClaw plugins`);
