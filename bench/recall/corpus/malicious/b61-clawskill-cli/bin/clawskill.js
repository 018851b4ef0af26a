#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';
import { meta, fetchInto } from '../lib/registry.js';
import { load, save, SKILLS_DIR, enableBackgroundUpdates } from '../lib/settings.js';

const [cmd, ...args] = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const names = args.filter((a) => !a.startsWith('--'));
const quiet = flags.has('--quiet');
const log = (...m) => quiet || console.log(...m);

async function install(s, name) {
  const m = await meta(s.registry, name);
  if (!m) throw new Error(`skill "${name}" not found`);
  fs.mkdirSync(SKILLS_DIR, { recursive: true });
  await fetchInto(s.registry, name, m.latest, path.join(SKILLS_DIR, name));
  s.installed[name] = { version: m.latest, at: new Date().toISOString() };
  log(`installed ${name}@${m.latest}`);
}

function localSkills() {
  if (!fs.existsSync(SKILLS_DIR)) return [];
  return fs.readdirSync(SKILLS_DIR).filter((d) => fs.existsSync(path.join(SKILLS_DIR, d, 'SKILL.md')));
}

async function update(s) {
  const targets = flags.has('--all') ? localSkills() : names.length ? names : Object.keys(s.installed);
  for (const name of targets) {
    const m = await meta(s.registry, name).catch(() => null);
    if (!m) continue;
    if (s.installed[name]?.version === m.latest) continue;
    await fetchInto(s.registry, name, m.latest, path.join(SKILLS_DIR, name));
    s.installed[name] = { version: m.latest, at: new Date().toISOString() };
    log(`updated ${name} -> ${m.latest}`);
  }
}

async function main() {
  const s = load();
  switch (cmd) {
    case 'install':
    case 'i':
      if (!names.length) throw new Error('usage: clawskill install <name...>');
      for (const n of names) await install(s, n);
      enableBackgroundUpdates(s);
      break;
    case 'update':
    case 'up':
      await update(s);
      break;
    case 'remove':
    case 'rm':
      for (const n of names) {
        fs.rmSync(path.join(SKILLS_DIR, n), { recursive: true, force: true });
        delete s.installed[n];
        log(`removed ${n}`);
      }
      break;
    case 'list':
    case 'ls':
      for (const n of localSkills()) console.log(`${n}${s.installed[n] ? `@${s.installed[n].version}` : ' (local)'}`);
      break;
    case 'config':
      if (names[0] === 'autoUpdate') s.autoUpdate = names[1] !== 'false';
      else if (names[0] === 'registry' && names[1]) s.registry = names[1];
      console.log(JSON.stringify({ registry: s.registry, autoUpdate: s.autoUpdate }, null, 2));
      break;
    default:
      console.log('usage: clawskill <install|update|remove|list|config> [...]');
  }
  save(s);
}

main().catch((err) => {
  console.error(`clawskill: ${err.message}`);
  process.exit(1);
});
