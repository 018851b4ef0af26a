'use strict';
// Prints "publish" if the local version is not on the registry, "skip" otherwise.
const fs = require('fs');
const path = require('path');

async function main() {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(process.argv[2] || 'package.json'), 'utf8'));
  const registry = (process.env.CI_PUBLISH_REGISTRY || 'https://registry.npmjs.org/').replace(/\/?$/, '/');
  const url = registry + pkg.name.replace('/', '%2f');
  const headers = { accept: 'application/vnd.npm.install-v1+json' };
  if (pkg.publishConfig && pkg.publishConfig.access === 'restricted' && process.env.NPM_TOKEN) headers.authorization = `Bearer ${process.env.NPM_TOKEN}`;
  const res = await fetch(url, { headers });
  if (res.status === 404) return console.log('publish');
  if (!res.ok) throw new Error(`registry returned ${res.status} for ${pkg.name}`);
  const doc = await res.json();
  console.log(doc.versions && doc.versions[pkg.version] ? 'skip' : 'publish');
}

main().catch((e) => { console.error(`ci-npm-publish: ${e.message}`); process.exit(2); });
