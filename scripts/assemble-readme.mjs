// README.md is assembled from docs/readme/*.md (each area keeps its own section true): head, areas in
// pipeline order, tail. Run `node scripts/assemble-readme.mjs` after editing a section.
import fs from 'node:fs';
const dir = new URL('../docs/readme/', import.meta.url);
const order = ['00-head', 'install', 'fetch', 'tree', 'rules', 'reports', 'recall', 'gateway', 'skills', 'openclaw', '99-tail'];
const parts = order.filter((n) => fs.existsSync(new URL(`${n}.md`, dir))).map((n) => fs.readFileSync(new URL(`${n}.md`, dir), 'utf8').trim());
fs.writeFileSync(new URL('../README.md', import.meta.url), `${parts.join('\n\n')}\n`);
