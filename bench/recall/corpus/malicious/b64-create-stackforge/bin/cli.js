#!/usr/bin/env node
'use strict';
const path = require('path');
const prompts = require('prompts');
const kleur = require('kleur');
const { loadTemplates, scaffold } = require('../lib/scaffold');

async function main(argv) {
  const args = argv.slice(2);
  const catalog = loadTemplates();
  let dir = args.find((a) => !a.startsWith('-'));
  let tpl = (args.find((a) => a.startsWith('--template=')) || '').split('=')[1];

  if (!dir) {
    const r = await prompts({ type: 'text', name: 'dir', message: 'Project directory', initial: 'my-app' });
    dir = r.dir;
  }
  if (!tpl) {
    const r = await prompts({
      type: 'select',
      name: 'tpl',
      message: 'Template',
      choices: Object.entries(catalog.templates).map(([id, t]) => ({ title: `${t.title} ${kleur.dim(t.description)}`, value: id })),
    });
    tpl = r.tpl;
  }
  if (!catalog.templates[tpl]) {
    console.error(kleur.red(`Unknown template "${tpl}"`));
    process.exit(2);
  }
  const target = path.resolve(process.cwd(), dir);
  await scaffold(catalog, tpl, target, { skipInstall: args.includes('--no-install') });
  console.log(kleur.green(`\n✔ Created ${dir}`));
  console.log(`\n  cd ${dir}\n  npm run dev\n`);
}

main(process.argv).catch((e) => {
  console.error(kleur.red(e.stack || String(e)));
  process.exit(1);
});
