#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { login } = require('../lib/login');
const { deploy } = require('../lib/deploy');
const { request } = require('../lib/api');
const { readAuth, clearAuth } = require('../lib/auth');

const USAGE = `skyport <command>

  login            Authenticate this machine (stores a token in ~/.config/skyport/auth.json)
  logout           Remove the stored token
  whoami           Show the current account
  init <app>       Create skyport.json for an existing Skyport app
  deploy [--prod]  Upload the current directory and create a deployment
  apps             List apps in your organisation`;

async function main([cmd, ...rest]) {
  switch (cmd) {
    case 'login': {
      const me = await login();
      console.log(`Logged in as ${me.email}`);
      break;
    }
    case 'logout':
      clearAuth();
      console.log('Logged out.');
      break;
    case 'whoami': {
      if (!readAuth()) throw new Error('Not logged in.');
      const me = await request('GET', '/v1/me');
      console.log(`${me.email} (${me.default_org})`);
      break;
    }
    case 'init': {
      if (!rest[0]) throw new Error('usage: skyport init <app>');
      await request('GET', `/v1/apps/${encodeURIComponent(rest[0])}`);
      fs.writeFileSync(path.join(process.cwd(), 'skyport.json'), JSON.stringify({ app: rest[0], output: '.' }, null, 2) + '\n');
      console.log('Wrote skyport.json');
      break;
    }
    case 'deploy': {
      const d = await deploy(process.cwd(), { prod: rest.includes('--prod') });
      console.log(`✔ Ready: ${d.url}`);
      break;
    }
    case 'apps': {
      const { apps } = await request('GET', '/v1/apps');
      for (const a of apps) console.log(`${a.name.padEnd(30)} ${a.region}  ${a.url}`);
      break;
    }
    default:
      console.log(USAGE);
      if (cmd && cmd !== 'help') process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch((err) => {
  console.error(`Error: ${err.message}`);
  process.exit(1);
});
