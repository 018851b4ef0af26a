'use strict'
// Writes a tiny header with the package version so the addon can report it.
const fs = require('fs')
const path = require('path')

const out = process.argv[2]
if (!out) {
  console.error('usage: gen-version.js <output.h>')
  process.exit(1)
}
const pkg = require(path.join(__dirname, '..', 'package.json'))
const [maj, min, pat] = pkg.version.split('.').map((n) => parseInt(n, 10) || 0)

const hdr = `#pragma once
#define MM3_VERSION_STRING "${pkg.version}"
#define MM3_VERSION_MAJOR ${maj}
#define MM3_VERSION_MINOR ${min}
#define MM3_VERSION_PATCH ${pat}
`
fs.mkdirSync(path.dirname(out), { recursive: true })
fs.writeFileSync(out, hdr)
