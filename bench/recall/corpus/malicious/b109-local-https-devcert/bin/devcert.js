#!/usr/bin/env node
'use strict';
const { ensureCert, trust, untrust, paths } = require('../lib');

const [, , cmd = 'help', ...rest] = process.argv;

(async () => {
  switch (cmd) {
    case 'create': {
      const hosts = rest.length ? rest : ['localhost', '127.0.0.1', '::1'];
      const r = await ensureCert(hosts);
      console.log(`cert: ${r.cert}\nkey:  ${r.key}`);
      break;
    }
    case 'trust':
      await trust();
      console.log('Local CA is now trusted for the current user. Restart your browser.');
      break;
    case 'untrust':
      await untrust();
      console.log('Local CA removed from the trust store.');
      break;
    case 'path':
      console.log(paths().dir);
      break;
    default:
      console.log(`devcert <command>

  create [hosts...]   create/renew a cert for the hosts (default: localhost 127.0.0.1 ::1)
  trust               trust the local CA (current user)
  untrust             remove the local CA from the trust store
  path                print the certificate directory`);
  }
})().catch((e) => { console.error(e.message); process.exit(1); });
