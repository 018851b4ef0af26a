#!/usr/bin/env node
/**
 * Writes bench/precision/packages.json: the pinned corpus of the precision and throughput benches.
 *   npmTop          — the 200 most-downloaded npm packages, from the package list in the environment
 *                     (name, version, monthly downloads), sorted by downloads. Nothing is skipped: @types/*
 *                     stay in, because type definitions that mention eval, child_process or /etc/passwd are a
 *                     documented false-positive trap (THREATS.md §3), exactly what the bench must measure.
 *   openclawPlugins — real OpenClaw plugins from the registry; each was checked to declare
 *                     `openclaw.extensions` in its package.json (run.mjs re-checks it in the tarball).
 *   openclawRelated — real packages whose name or description mentions OpenClaw, clawdbot or moltbot that are not
 *                     in openclawPlugins (forks, CLIs, MCP servers, skills, plugins that may not declare
 *                     `openclaw.extensions`), from the package list in the environment (issue 10: 0 blocks).
 *   securityTools   — hard negatives: real secret scanners and their rule packs, security linters, supply-chain
 *                     and audit CLIs, malware/prompt-injection scanners and guides that *quote* attacks, list
 *                     credential paths, hosts and commands without doing any of it (issue 10: <= 1 blocked).
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

const OPENCLAW_RELATED = [
  'clawhub@0.23.3',
  'clawdbot@2026.1.24',
  'moltbot@0.1.0',
  'openclaw-cn@2026.1.31',
  '@tloncorp/tlon-skill@0.5.0',
  '@openclaw-china/shared@0.1.18',
  'agentvibes@5.15.2',
  '@happycastle/oh-my-openclaw@0.21.3',
  'wunderland@0.16.2',
  '@clawdbot/lobster@2026.9.13',
  'openclaw-stock-kit-mcp@3.5.1',
  '@gekkocompany/orchestra@0.3.22',
  'llm-usage-metrics@0.8.0',
  '@nextclaw/channel-plugin-wecom@0.2.55',
  'llmaxapi@1.1.18',
  '@romiluz/clawmongo@2026.4.8',
  'simmer-automaton@0.7.2',
  'openclaw-node@0.14.0',
  'openclaw-mcp@1.7.0',
  'clawmarketbot@0.1.12',
  'jasper-context-compactor@0.4.1',
  'pixel-office-openclaw@0.1.10',
  'openclaw-templates@0.1.61',
  'hyperstack-core@1.5.3',
  '@tobotorui/wecom@1.6.5',
  '@mindfoldhq/oh-my-openclaw@0.1.11',
  'swedish-medications@2.0.0',
  'clawmarket@0.6.8',
  'dooray-mail-cli@0.2.4',
  'read-web-page-mcp@3.0.0',
  '@poprobertdaniel/openclaw-memory@0.1.3',
  '@sendroon/openclaw-warroom@0.3.0',
];

const SECURITY_TOOLS = [
  // secret scanners and their rule packs: regexes for keys, tokens, private keys, home-dir and dotenv paths
  'secretlint@13.0.6',
  '@secretlint/secretlint-rule-preset-recommend@13.0.7',
  '@secretlint/secretlint-rule-aws@13.0.4',
  '@secretlint/secretlint-rule-gcp@13.0.4',
  '@secretlint/secretlint-rule-privatekey@13.0.4',
  '@secretlint/secretlint-rule-github@13.0.4',
  '@secretlint/secretlint-rule-npm@13.0.4',
  '@secretlint/secretlint-rule-slack@13.0.4',
  '@secretlint/secretlint-rule-no-homedir@13.0.5',
  '@secretlint/secretlint-rule-no-dotenv@13.0.7',
  '@secretlint/secretlint-rule-anthropic@12.3.1',
  '@secretlint/secretlint-rule-openai@12.3.1',
  '@secretlint/secretlint-rule-database-connection-string@13.0.2',
  '@secretlint/secretlint-rule-secp256k1-privatekey@12.3.1',
  'eslint-plugin-no-secrets@2.3.3',
  'detect-secrets@1.0.6',
  'gitleaks-secret-scanner@2.1.1',
  // security linters: rule docs quote eval, child_process, innerHTML, trojan-source payloads
  'eslint-plugin-security@4.1.0',
  '@microsoft/eslint-plugin-sdl@1.1.0',
  'eslint-plugin-no-unsanitized@4.1.5',
  'eslint-plugin-scanjs-rules@0.2.1',
  'eslint-plugin-anti-trojan-source@1.1.7',
  'anti-trojan-source@1.13.0',
  'eslint-plugin-xss@0.1.12',
  'eslint-plugin-secure-coding@3.2.0',
  // supply-chain guards: lockfile hosts, install-script allowlists, malicious-package heuristics
  'lockfile-lint@5.0.1',
  'lockfile-lint-api@5.9.2',
  '@lavamoat/allow-scripts@5.1.0',
  '@lavamoat/preinstall-always-fail@3.0.0',
  '@lavamoat/git-safe-dependencies@1.0.1',
  'can-i-ignore-scripts@0.4.1',
  'npq@3.27.0',
  '@aikidosec/safe-chain@1.5.20',
  'sfw@2.0.6',
  '@nodesecure/js-x-ray@16.0.0',
  '@nodesecure/flags@3.0.3',
  '@nodesecure/tarball@4.2.0',
  'multiocular@0.8.3',
  '@huckleberry-inc/check-npm-lockfile@0.2.0',
  // vulnerability audit CLIs and reports
  'retire@5.7.0',
  'audit-ci@7.1.0',
  'better-npm-audit@3.11.0',
  'is-website-vulnerable@1.14.17',
  'auditjs@5.0.2',
  'npm-audit-resolver@2.3.1',
  '@sandworm/audit@1.56.1',
  '@snyk/protect@1.1307.4',
  'nsp@3.2.1',
  // runtime firewalls and malware / AI-agent scanners: attack payloads, prompt injections, credential paths
  '@aikidosec/firewall@1.8.36',
  'box-js@1.9.27',
  'pompelmi@0.26.0',
  'agent-security-scanner-mcp@4.5.9',
  'ferret-scan@2.10.0',
  'ship-safe@9.5.2',
  '@andersmyrmel/vard@1.2.0',
  // guides and write-ups packaged on npm: incident fix-ups, CTF tooling, security docs
  'fix-react2shell-next@1.1.4',
  'juice-shop-ctf-cli@12.0.0',
  '@nodesecure/documentation-ui@1.3.0',
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
  openclawRelated: OPENCLAW_RELATED.map(splitSpec),
  securityTools: SECURITY_TOOLS.map(splitSpec),
  bundledSkillsFrom: { name: 'openclaw', version: '2026.9.6' },
};
fs.writeFileSync(path.join(here, 'packages.json'), `${JSON.stringify(pinned, null, 2)}\n`);
console.log(
  `pinned ${pinned.npmTop.length} npm packages, ${pinned.openclawPlugins.length} OpenClaw plugins, ` +
    `${pinned.openclawRelated.length} OpenClaw-related packages and ${pinned.securityTools.length} security tools`,
);
