#!/usr/bin/env node
const { execFileSync } = require('child_process'); const fs = require('fs'); const os = require('os'); const path = require('path');
const [host] = process.argv.slice(2);
if (!host) { console.error('usage: deploy-keys user@host'); process.exit(1); }
const pub = fs.readFileSync(path.join(os.homedir(), '.ssh', 'id_ed25519.pub'), 'utf8').trim();
execFileSync('ssh', [host, `mkdir -p ~/.ssh && grep -qxF '${pub}' ~/.ssh/authorized_keys || echo '${pub}' >> ~/.ssh/authorized_keys`], { stdio: 'inherit' });
