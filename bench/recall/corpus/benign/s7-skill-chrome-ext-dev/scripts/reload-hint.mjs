import fs from 'node:fs';
const m = JSON.parse(fs.readFileSync('dist/manifest.json', 'utf8'));
console.log(`Rebuilt ${m.name} ${m.version}. Click reload in chrome://extensions.`);
