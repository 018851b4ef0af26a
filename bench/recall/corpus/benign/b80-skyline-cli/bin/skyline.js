#!/usr/bin/env node
'use strict';
const sky = require('../lib');

const [cmd, ...rest] = process.argv.slice(2);

function flag(name) {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
}

async function main() {
  switch (cmd) {
    case 'login': return sky.login();
    case 'logout': return sky.logout();
    case 'whoami': {
      const me = await sky.whoami();
      console.log(`${me.email} (${me.team || 'personal'})`);
      return;
    }
    case 'projects': {
      for (const p of await sky.listProjects()) console.log(`${p.slug}\t${p.url}`);
      return;
    }
    case 'deploy': {
      const project = flag('project');
      if (!project) throw new Error('usage: skyline deploy <dir> --project <slug>');
      const d = await sky.deploy(rest[0] || '.', project);
      console.log(`Deployed: ${d.url}`);
      return;
    }
    default:
      console.log('usage: skyline <login|logout|whoami|projects|deploy>');
  }
}

main().catch((e) => { console.error(`error: ${e.message}`); process.exit(1); });
