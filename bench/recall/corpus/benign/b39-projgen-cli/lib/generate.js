'use strict';
const fs = require('fs');
const path = require('path');

function render(str, vars) {
  return str.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k) => (k in vars ? vars[k] : ''));
}

function generate(template, dest, vars) {
  const src = path.join(__dirname, '..', 'templates', template);
  if (!fs.existsSync(src)) throw new Error(`unknown template "${template}"`);
  if (fs.existsSync(dest) && fs.readdirSync(dest).length) throw new Error(`${dest} is not empty`);
  const walk = (from, to) => {
    fs.mkdirSync(to, { recursive: true });
    for (const e of fs.readdirSync(from, { withFileTypes: true })) {
      const name = e.name.replace(/^_/, '.');
      if (e.isDirectory()) walk(path.join(from, e.name), path.join(to, name));
      else fs.writeFileSync(path.join(to, name), render(fs.readFileSync(path.join(from, e.name), 'utf8'), vars));
    }
  };
  walk(src, dest);
}
module.exports = { generate };
