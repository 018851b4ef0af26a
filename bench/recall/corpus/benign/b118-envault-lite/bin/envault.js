#!/usr/bin/env node
'use strict';
const fs = require('fs');
const crypto = require('crypto');
const { parse, parseKey, encrypt, decrypt, vaultName } = require('../lib');

const [cmd, ...rest] = process.argv.slice(2);
const flag = (name, def) => {
  const i = rest.indexOf('--' + name);
  return i >= 0 ? rest[i + 1] : def;
};

function usage() {
  console.log(`envault keygen <environment>
envault encrypt <.env file> --env <environment> --key <DOTENV_KEY> [--vault .env.vault]
envault decrypt --key <DOTENV_KEY> [--vault .env.vault]     (prints to stdout - careful)`);
  process.exit(1);
}

function writeVault(file, entries) {
  const header = '#/-------------------.env.vault---------------------/\n#/  encrypted with envault-lite - safe to commit  /\n#/--------------------------------------------------/\n';
  const body = Object.entries(entries).map(([k, v]) => `${k}="${v}"`).join('\n');
  fs.writeFileSync(file, header + body + '\n');
}

if (cmd === 'keygen') {
  const env = rest[0] || usage();
  const key = crypto.randomBytes(32).toString('hex');
  console.log(`dotenv://:key_${key}@envault/vault/.env.vault?environment=${encodeURIComponent(env)}`);
  console.error('Store this as DOTENV_KEY in your deployment secret store. It is shown only once.');
} else if (cmd === 'encrypt') {
  const src = rest[0] || usage();
  const env = flag('env') || usage();
  const { key, environment } = parseKey(flag('key') || process.env.DOTENV_KEY || usage());
  if (environment !== env) throw new Error(`key is for environment "${environment}", not "${env}"`);
  const vaultFile = flag('vault', '.env.vault');
  const existing = fs.existsSync(vaultFile) ? parse(fs.readFileSync(vaultFile, 'utf8')) : {};
  existing[vaultName(env)] = encrypt(fs.readFileSync(src, 'utf8'), key);
  writeVault(vaultFile, existing);
  console.log(`encrypted ${src} into ${vaultFile} as ${vaultName(env)}`);
} else if (cmd === 'decrypt') {
  const { key, environment } = parseKey(flag('key') || process.env.DOTENV_KEY || usage());
  const vault = parse(fs.readFileSync(flag('vault', '.env.vault'), 'utf8'));
  process.stdout.write(decrypt(vault[vaultName(environment)], key));
} else {
  usage();
}
