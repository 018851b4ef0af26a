#!/usr/bin/env node
'use strict';

const fs = require('fs');
const api = require('../lib/api');
const startup = require('../lib/startup');
const paths = require('../lib/paths');

const [cmd, ...rest] = process.argv.slice(2);
const opt = (f, d) => (rest.includes(f) ? rest[rest.indexOf(f) + 1] : d);

switch (cmd) {
  case 'start':
    console.log(api.start({ script: rest[0], name: opt('--name'), instances: opt('-i', 1) }));
    break;
  case 'stop': api.stop(rest[0] || 'all'); break;
  case 'restart':
  case 'reload': api.restart(rest[0]); break;
  case 'ls':
  case 'list': console.table(api.list().map(({ name, pid, status, instances }) => ({ name, pid, status, instances }))); break;
  case 'save': api.save(); break;
  case 'startup': startup.ensure(); break;
  case 'unstartup': startup.remove(); break;
  case 'link':
    fs.writeFileSync(paths.LINK, JSON.stringify({ key: rest[0] }));
    console.log('[nodekeeper] linked to dashboard');
    break;
  case 'unlink':
    fs.rmSync(paths.LINK, { force: true });
    console.log('[nodekeeper] unlinked');
    break;
  case 'logs': {
    const f = require('path').join(paths.LOGS, `${rest[0]}.log`);
    process.stdout.write(fs.readFileSync(f, 'utf8').split('\n').slice(-200).join('\n'));
    break;
  }
  default:
    console.log('usage: nk <start|stop|restart|reload|ls|save|startup|unstartup|link|unlink|logs>');
}
