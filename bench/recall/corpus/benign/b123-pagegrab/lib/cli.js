#!/usr/bin/env node
'use strict';
const fs = require('fs');
const { getConfiguration } = require('./config');
const { install, listInstalled, uninstall } = require('./fetcher');
const { screenshot, pdf } = require('./index');

const [cmd, ...rest] = process.argv.slice(2);
(async () => {
  const config = getConfiguration(process.cwd());
  switch (cmd) {
    case 'install': console.log(await install(config)); break;
    case 'list': for (const b of listInstalled(config.cacheDirectory)) console.log(b.id, b.dir); break;
    case 'prune': uninstall(config.cacheDirectory, `${require('./fetcher').detectPlatform()}-${config.buildId}`); break;
    case 'shot': fs.writeFileSync(rest[1] || 'page.png', await screenshot(rest[0], { fullPage: true })); break;
    case 'pdf': fs.writeFileSync(rest[1] || 'page.pdf', await pdf(rest[0])); break;
    default:
      console.log('usage: pagegrab install | list | prune | shot <url> [out.png] | pdf <url> [out.pdf]');
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
