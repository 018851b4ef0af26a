#!/usr/bin/env node
import { readFile } from 'node:fs/promises';

const API = 'https://api.todoist.com/rest/v2';
const token = process.env.TODOIST_API_TOKEN;
if (!token) {
  console.error('TODOIST_API_TOKEN is not set');
  process.exit(1);
}

async function api(method, path, body) {
  const res = await fetch(API + path, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.status === 204 ? null : res.json();
}

function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [head, ...rest] = rows;
  return rest.filter(r => r.length > 1).map(r => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

async function add(content, opts) {
  const t = await api('POST', '/tasks', {
    content,
    due_string: opts.due,
    due_lang: opts.lang,
    priority: opts.priority ? 5 - Number(opts.priority) : undefined,
    project_id: opts.project,
    section_id: opts.section,
    description: opts.description,
  });
  console.log(`added ${t.id}: ${t.content}${t.due ? ` (due ${t.due.string})` : ''}`);
  return t;
}

async function list(filter) {
  const tasks = await api('GET', `/tasks?filter=${encodeURIComponent(filter)}`);
  for (const t of tasks) console.log(`${t.id}\tp${5 - t.priority}\t${t.due?.date ?? '-'}\t${t.content}`);
  if (!tasks.length) console.log('nothing matches');
}

async function close(match) {
  const tasks = await api('GET', '/tasks');
  const hit = tasks.filter(t => t.content.toLowerCase().includes(match.toLowerCase()));
  if (hit.length !== 1) {
    console.log(hit.length ? `ambiguous: ${hit.map(t => t.content).join(' | ')}` : 'no match');
    return;
  }
  await api('POST', `/tasks/${hit[0].id}/close`);
  console.log(`closed: ${hit[0].content}`);
}

async function importCsv(file) {
  const rows = parseCsv(await readFile(file, 'utf8'));
  const project = await api('POST', '/projects', { name: 'Starter' });
  let section = null, n = 0;
  for (const r of rows) {
    if (r.TYPE === 'section') {
      section = await api('POST', '/sections', { project_id: project.id, name: r.CONTENT });
    } else if (r.TYPE === 'task') {
      await add(r.CONTENT, { project: project.id, section: section?.id, due: r.DATE || undefined,
        lang: r.DATE_LANG || undefined, priority: r.PRIORITY, description: r.DESCRIPTION || undefined });
      n++;
    }
  }
  console.log(`imported ${n} tasks into project "Starter"`);
}

async function review() {
  const tasks = await api('GET', '/tasks');
  const projects = await api('GET', '/projects');
  const today = new Date().toISOString().slice(0, 10);
  const overdue = tasks.filter(t => t.due && t.due.date < today);
  const stale = tasks.filter(t => !t.due && Date.now() - Date.parse(t.created_at) > 14 * 864e5);
  console.log(`overdue: ${overdue.length}`);
  overdue.forEach(t => console.log(`  ${t.due.date}  ${t.content}`));
  console.log(`no due date, >14 days old: ${stale.length}`);
  stale.slice(0, 20).forEach(t => console.log(`  ${t.content}`));
  for (const p of projects) console.log(`${p.name}: ${tasks.filter(t => t.project_id === p.id).length}`);
}

const [cmd, ...args] = process.argv.slice(2);
const opt = name => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };
try {
  if (cmd === 'add') await add(args[0], { due: opt('due'), priority: opt('priority') });
  else if (cmd === 'list') await list(opt('filter') ?? 'today | overdue');
  else if (cmd === 'close') await close(opt('match'));
  else if (cmd === 'import') await importCsv(args[0]);
  else if (cmd === 'review') await review();
  else console.log('usage: todo.mjs add|list|close|import|review');
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
