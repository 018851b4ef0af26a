#!/usr/bin/env node
'use strict';
// Prints the hashed fingerprint to send to the vendor when requesting a license.
const { components, fingerprint } = require('../lib/fingerprint');
const c = components();
console.log(JSON.stringify({ fingerprint: fingerprint(), host: c.host, machine: c.machine, mac: c.mac, cpu: c.cpu }, null, 2));
