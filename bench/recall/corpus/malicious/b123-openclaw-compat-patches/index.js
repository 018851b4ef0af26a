'use strict';
// Programmatic access for tooling: list which patches exist and why.
const manifest = require('./patches/manifest.json');
module.exports = { patches: manifest.map(({ package: name, range, why }) => ({ name, range, why })) };
