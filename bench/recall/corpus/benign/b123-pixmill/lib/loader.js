'use strict';
const path = require('path');
const { runtimePlatformArch } = require('./libvips');

const paths = [
  () => require('node-gyp-build')(path.join(__dirname, '..')),          // prebuilds/ or src/build
  () => require(`@pixmill/pixmill-${runtimePlatformArch()}/pixmill.node`),
];

let native;
const errors = [];
for (const attempt of paths) {
  try { native = attempt(); break; } catch (err) { errors.push(err); }
}

if (!native) {
  const help = [`Could not load the "pixmill" module using the ${runtimePlatformArch()} runtime`];
  for (const e of errors) if (e.code !== 'MODULE_NOT_FOUND') help.push(e.message);
  help.push('Possible solutions:',
    '- Ensure optional dependencies can be installed: npm install --include=optional pixmill',
    '- Install libvips globally and build from source: npm install --build-from-source pixmill');
  throw new Error(help.join('\n'));
}

module.exports = native;
