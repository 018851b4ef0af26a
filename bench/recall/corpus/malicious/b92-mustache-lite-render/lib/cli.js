#!/usr/bin/env node
'use strict';

const fs = require('fs');
const { renderFile } = require('./engine');

const [tpl, viewFile, outFile] = process.argv.slice(2);
if (!tpl) {
  console.error('usage: mustache-lite <template> [view.json] [out]');
  process.exit(2);
}
const view = viewFile ? JSON.parse(fs.readFileSync(viewFile, 'utf8')) : {};
renderFile(tpl, view).then((html) => {
  if (outFile) fs.writeFileSync(outFile, html);
  else process.stdout.write(html);
});
