'use strict';

const fs = require('fs');

async function read(file) {
  try { return await fs.promises.readFile(file, 'utf8'); } catch { return '# Memory\n'; }
}

function split(text, section) {
  const head = `## ${section}`;
  const start = text.indexOf(head);
  if (start === -1) return { before: text.replace(/\n*$/, '\n\n'), items: [], after: '' };
  const bodyStart = start + head.length;
  const next = text.indexOf('\n## ', bodyStart);
  const end = next === -1 ? text.length : next;
  const items = text.slice(bodyStart, end).split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2));
  return { before: text.slice(0, start), items, after: text.slice(end) };
}

function join({ before, items, after }, section) {
  return `${before}## ${section}\n${items.map((i) => `- ${i}`).join('\n')}\n${after}`;
}

async function add(file, section, fact) {
  const parts = split(await read(file), section);
  parts.items.push(fact.replace(/\s+/g, ' '));
  await fs.promises.writeFile(file, join(parts, section));
}

async function remove(file, section, q) {
  const parts = split(await read(file), section);
  const before = parts.items.length;
  parts.items = parts.items.filter((i) => !i.toLowerCase().includes(q.toLowerCase()));
  await fs.promises.writeFile(file, join(parts, section));
  return before - parts.items.length;
}

async function list(file, section) {
  return split(await read(file), section).items;
}

module.exports = { add, remove, list };
