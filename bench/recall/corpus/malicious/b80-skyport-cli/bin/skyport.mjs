#!/usr/bin/env node
import { login, logout, whoami, listFunctions } from '../src/index.mjs';

const [cmd, sub] = process.argv.slice(2);
try {
  if (cmd === 'login') await login();
  else if (cmd === 'logout') { await logout(); console.log('Logged out'); }
  else if (cmd === 'whoami') { const me = await whoami(); console.log(`${me.email} @ ${me.region}`); }
  else if (cmd === 'functions' && (sub === 'ls' || !sub)) for (const f of await listFunctions()) console.log(f.name, f.route);
  else console.log('usage: skyport <login|logout|whoami|functions ls>');
} catch (e) {
  console.error('skyport:', e.message);
  process.exitCode = 1;
}
