/**
 * SIGKILL at every fault point of every mutating command: the next command must leave the state dir
 * (plugins, config, ledger, approvals, manifests, quarantine) exactly as before the command or exactly as
 * after it. The points are not listed here: a traced run reports them (CLAWGUARD_FAULT_TRACE), so a new
 * durable step with a new point is covered without touching this file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../helpers/cli.js';
import { killAtEveryPoint, Lane, type FaultCommand, type FaultResult } from './harness.js';

const install = (spec: string, ...flags: string[]) => ['plugins', 'install', spec, '--min-release-age', '0', '--yes', ...flags];
const lanes: Lane[] = [];
const results: FaultResult[] = [];

afterAll(() => {
  for (const lane of lanes) lane.cleanup();
  const cases = results.reduce((n, r) => n + r.points.length, 0);
  // The figure docs/reliability.md quotes.
  process.stdout.write(`fault points: ${results.map((r) => `${r.command} ${r.points.length}`).join(', ')}; ${cases} kill cases, 0 half states\n`);
});

function newLane(): Lane {
  const lane = new Lane(inject('registryUrl'));
  lanes.push(lane);
  return lane;
}

async function ok(lane: Lane, args: string[], code = 0): Promise<void> {
  const res = await lane.cli(args);
  expect(res.code, `${args.join(' ')}: ${res.stderr}`).toBe(code);
}

/** versioned-plugin@1.0.0 installed, an operator comment in the config. */
async function baseline(lane: Lane): Promise<void> {
  await lane.state('baseline', async () => {
    lane.reset();
    fs.writeFileSync(path.join(lane.stateDir, 'openclaw.json'), '{\n  // ops comment\n  "plugins": { "allow": ["versioned-plugin"] },\n}\n', { mode: 0o600 });
    await ok(lane, install('versioned-plugin@1.0.0'));
  });
}

/** Baseline, then versioned-plugin tampered with and an unrecorded plugin dropped in: both quarantined. */
async function quarantined(lane: Lane): Promise<void> {
  await lane.state('quarantined', async () => {
    await baseline(lane);
    fs.appendFileSync(path.join(lane.stateDir, 'extensions/versioned-plugin/dist/index.js'), '// tampered\n');
    fs.cpSync(path.join(repoRoot, 'fixtures/packages/clean-plugin'), path.join(lane.stateDir, 'extensions/clean-plugin'), { recursive: true });
    await ok(lane, ['gateway', 'check', '--quarantine', '--json'], 1);
    // Undo the tampering inside the quarantined copy, so a restore passes its fresh check.
    const index = path.join(lane.stateDir, 'extensions/versioned-plugin.disabled/dist/index.js');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('// tampered\n', ''));
  });
}

const { quarantineSkill, snapshotSkill } = await import(path.join(repoRoot, 'dist/skills/index.js'));

/** A blocked skill in `<state>/skills` (found by the watcher), with the quarantine dir in place. */
async function blockedSkill(lane: Lane): Promise<void> {
  await lane.state('blocked-skill', async () => {
    await baseline(lane);
    fs.mkdirSync(path.join(lane.stateDir, 'clawguard/quarantine'), { recursive: true, mode: 0o700 });
    fs.cpSync(path.join(repoRoot, 'fixtures/skills/malicious-reverse-shell-helper'), path.join(lane.stateDir, 'skills/helper'), { recursive: true });
  });
}

/** A quarantined skill that a fresh scan now passes (the library's quarantine step, as in test/skills/restore). */
async function restorableSkill(lane: Lane): Promise<void> {
  await lane.state('restorable-skill', async () => {
    await baseline(lane);
    const root = path.join(lane.stateDir, 'skills');
    const dir = path.join(root, 'ww');
    fs.cpSync(path.join(repoRoot, 'fixtures/watch/benign-weather'), dir, { recursive: true });
    const q = quarantineSkill(path.join(lane.stateDir, 'clawguard/quarantine'), { name: 'ww', dir, root }, { contentHash: snapshotSkill(dir).contentHash, verdict: 'block', findings: [] });
    expect(fs.existsSync(q.skillDir)).toBe(true);
  });
}

function commands(lane: Lane): Record<string, FaultCommand> {
  return {
    install: { name: 'install', args: install('clean-plugin@1.0.0'), exit: 0, prepare: () => baseline(lane) },
    update: { name: 'update', args: ['plugins', 'update', 'versioned-plugin', '1.1.0', '--yes', '--min-release-age', '0'], exit: 0, prepare: () => baseline(lane) },
    uninstall: { name: 'uninstall', args: ['plugins', 'uninstall', 'versioned-plugin'], exit: 0, prepare: () => baseline(lane) },
    'uninstall-quarantined': { name: 'uninstall-quarantined', args: ['plugins', 'uninstall', 'versioned-plugin'], exit: 0, prepare: () => quarantined(lane) },
    'approve-scripts': {
      name: 'approve-scripts',
      args: ['plugins', 'approve-scripts', 'tree-plugin-a', '--all'],
      exit: 0,
      prepare: () =>
        lane.state('scripts-shown', async () => {
          await baseline(lane);
          await ok(lane, install('tree-plugin-a@1.0.0'));
        }),
    },
    adopt: {
      name: 'adopt',
      args: ['plugins', 'adopt', 'clean-plugin'],
      exit: 0,
      prepare: () =>
        lane.state('unrecorded', async () => {
          await baseline(lane);
          fs.cpSync(path.join(repoRoot, 'fixtures/packages/clean-plugin'), path.join(lane.stateDir, 'extensions/clean-plugin'), { recursive: true });
        }),
    },
    'gateway-quarantine': {
      name: 'gateway-quarantine',
      args: ['gateway', 'check', '--quarantine'],
      exit: 1,
      prepare: () =>
        lane.state('tampered', async () => {
          await baseline(lane);
          fs.appendFileSync(path.join(lane.stateDir, 'extensions/versioned-plugin/dist/index.js'), '// tampered\n');
          fs.cpSync(path.join(repoRoot, 'fixtures/packages/clean-plugin'), path.join(lane.stateDir, 'extensions/clean-plugin'), { recursive: true });
        }),
    },
    restore: { name: 'restore', args: ['plugins', 'restore', 'versioned-plugin'], exit: 0, prepare: () => quarantined(lane) },
    'skills-quarantine': {
      name: 'skills-quarantine',
      args: ['skills', 'watch', '--only-roots', '--root', path.join(lane.stateDir, 'skills')],
      exit: 0,
      until: '"skill-blocked"',
      prepare: () => blockedSkill(lane),
    },
    'skills-restore': { name: 'skills-restore', args: ['skills', 'restore', 'ww'], exit: 0, prepare: () => restorableSkill(lane) },
  };
}

// Two lanes (two cores): the long install-pipeline commands split between them.
const LANES = [
  ['install', 'uninstall', 'approve-scripts', 'adopt', 'skills-quarantine'],
  ['update', 'uninstall-quarantined', 'gateway-quarantine', 'restore', 'skills-restore'],
];

describe('SIGKILL at every fault point', () => {
  for (const [i, names] of LANES.entries()) {
    it.concurrent(
      `lane ${i + 1}: ${names.join(', ')}: the next command leaves the before or the after state, never a mix`,
      async () => {
        const lane = newLane();
        const cmds = commands(lane);
        // FAULT_ONLY=adopt,restore narrows a local run to some commands.
        const only = process.env.FAULT_ONLY?.split(',');
        for (const name of names.filter((n) => !only || only.includes(n))) {
          const result = await killAtEveryPoint(lane, cmds[name]);
          results.push(result);
          // A traced run that reached no point would prove nothing; a kill at the first point must roll back.
          expect(result.points.length, `${name} reached no fault point`).toBeGreaterThan(0);
          expect(Object.values(result.outcomes), `${name}: no kill left the before state`).toContain('before');
        }
      },
      1_800_000,
    );
  }
});
