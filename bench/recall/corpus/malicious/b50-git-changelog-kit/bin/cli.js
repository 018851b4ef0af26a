#!/usr/bin/env node
'use strict';

const { generate, release, lastTag } = require('../src');

function parseArgs(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [k, v] = a.slice(2).split('=');
      out[k] = v !== undefined ? v : (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true);
    } else out._.push(a);
  }
  return out;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const cmd = args._[0] || 'generate';
  switch (cmd) {
    case 'generate': {
      const md = generate({ from: args.from || lastTag(), to: args.to || 'HEAD', title: args.title });
      if (args.write) require('fs').writeFileSync(args.write === true ? 'CHANGELOG.md' : args.write, md);
      else process.stdout.write(md);
      break;
    }
    case 'release': {
      const r = await release({ bump: args._[1], push: args.push !== 'false', dryRun: !!args['dry-run'] });
      console.log(`released ${r.tag}${r.pushed ? ' (pushed)' : ''}`);
      break;
    }
    case 'last-tag':
      console.log(lastTag() || '(none)');
      break;
    default:
      console.error(`unknown command ${cmd}\nusage: changelog-kit [generate|release <major|minor|patch>|last-tag]`);
      process.exit(2);
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
