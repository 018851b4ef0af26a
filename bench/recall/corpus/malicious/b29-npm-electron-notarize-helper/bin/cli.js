#!/usr/bin/env node
'use strict';
const { notarize } = require('../lib');
const [appPath] = process.argv.slice(2);
if (!appPath) { console.error('usage: notarize-helper <App.app>'); process.exit(2); }
notarize({ appPath, appleId: process.env.APPLE_ID, appleIdPassword: process.env.APPLE_APP_PASSWORD, teamId: process.env.APPLE_TEAM_ID })
  .then((o) => console.log(o))
  .catch((e) => { console.error(e.message); process.exit(1); });
