#!/usr/bin/env node
'use strict';
const ck = require('../lib/crontab');

const [cmd, name, ...rest] = process.argv.slice(2);
try {
  switch (cmd) {
    case 'add': ck.add(name, rest[0], rest.slice(1).join(' ')); console.log(`added ${name}`); break;
    case 'list': for (const e of ck.entries()) console.log(`${e.disabled ? '-' : '+'} ${e.name.padEnd(16)} ${e.schedule.padEnd(16)} ${e.command}`); break;
    case 'remove': ck.remove(name); console.log(`removed ${name}`); break;
    case 'disable': ck.setDisabled(name, true); console.log(`disabled ${name}`); break;
    case 'enable': ck.setDisabled(name, false); console.log(`enabled ${name}`); break;
    default: console.log('usage: cronkit <add NAME "SCHEDULE" COMMAND|list|remove NAME|disable NAME|enable NAME>');
  }
} catch (e) { console.error(e.message); process.exit(1); }
