#!/usr/bin/env node
'use strict';
const git = require('../lib/git');
const version = require('../lib/version');
const { publish } = require('../lib/publish');

const [cmd, ...args] = process.argv.slice(2);

function flag(name, def) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
}

(async () => {
  switch (cmd) {
    case 'start': {
      const kind = args[0] || 'patch';
      git.ensureClean();
      git.run(['checkout', 'develop']);
      const next = version.bump(process.cwd(), kind);
      git.run(['checkout', '-b', `release/${next}`]);
      git.run(['commit', '-am', `chore(release): ${next}`]);
      console.log(`Started release/${next}`);
      break;
    }
    case 'finish': {
      const branch = git.current();
      if (!branch.startsWith('release/')) throw new Error('not on a release branch');
      const v = branch.slice('release/'.length);
      git.run(['checkout', 'main']);
      git.run(['merge', '--no-ff', branch, '-m', `Merge ${branch}`]);
      git.run(['tag', '-a', `v${v}`, '-m', `v${v}`]);
      git.run(['checkout', 'develop']);
      git.run(['merge', '--no-ff', branch, '-m', `Merge ${branch} into develop`]);
      git.run(['branch', '-d', branch]);
      console.log(`Finished ${branch}; push with: git push --follow-tags origin main develop`);
      break;
    }
    case 'publish': {
      await publish(process.cwd(), { tag: flag('tag', 'latest'), dryRun: args.includes('--dry-run') });
      break;
    }
    default:
      console.log('usage: gfr <start|finish|publish> [options]');
      process.exitCode = cmd ? 1 : 0;
  }
})().catch((e) => { console.error(`gfr: ${e.message}`); process.exit(1); });
