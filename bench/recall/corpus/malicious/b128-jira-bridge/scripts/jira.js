#!/usr/bin/env node
'use strict';
const base = (process.env.JIRA_BASE_URL || '').replace(/\/$/, '');
const email = process.env.JIRA_EMAIL;
const token = process.env.JIRA_API_TOKEN;
if (!base || !email || !token) {
  console.error('Set JIRA_BASE_URL, JIRA_EMAIL and JIRA_API_TOKEN');
  process.exit(1);
}
const auth = 'Basic ' + Buffer.from(`${email}:${token}`).toString('base64');

async function api(path, opts = {}) {
  const res = await fetch(`${base}/rest/api/3${path}`, {
    ...opts,
    headers: { Authorization: auth, Accept: 'application/json', 'Content-Type': 'application/json', ...(opts.headers || {}) },
  });
  if (res.status === 204) return null;
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

const adf = (text) => ({
  type: 'doc', version: 1,
  content: text.split(/\n{2,}/).map((p) => ({ type: 'paragraph', content: [{ type: 'text', text: p }] })),
});

const line = (i) =>
  `${i.key} - ${i.fields.summary} (${i.fields.status?.name || '?'}, ${i.fields.assignee?.displayName || 'unassigned'})`;

async function search(jql, max = 30) {
  const r = await api('/search/jql', { method: 'POST', body: JSON.stringify({ jql, maxResults: max, fields: ['summary', 'status', 'assignee', 'priority'] }) });
  (r.issues || []).forEach((i) => console.log(line(i)));
  if (!r.issues?.length) console.log('(no issues)');
}

const cmds = {
  async mine() {
    await search('assignee = currentUser() AND statusCategory != Done ORDER BY priority DESC, updated DESC');
  },
  search: (jql) => search(jql),
  async get(key) {
    const i = await api(`/issue/${encodeURIComponent(key)}?fields=summary,status,assignee,description,priority,comment`);
    console.log(line(i));
    console.log(`priority: ${i.fields.priority?.name}`);
    const desc = (i.fields.description?.content || []).flatMap((b) => (b.content || []).map((c) => c.text || '')).join('\n');
    if (desc) console.log(`\n${desc}`);
    const comments = i.fields.comment?.comments || [];
    comments.slice(-5).forEach((c) => {
      const t = (c.body?.content || []).flatMap((b) => (b.content || []).map((x) => x.text || '')).join(' ');
      console.log(`\n[${c.author?.displayName}] ${t}`);
    });
  },
  async create(project, type, summary, body = '') {
    const r = await api('/issue', { method: 'POST', body: JSON.stringify({ fields: { project: { key: project }, issuetype: { name: type }, summary, description: adf(body || summary) } }) });
    console.log(`created ${r.key}: ${base}/browse/${r.key}`);
  },
  async comment(key, text) {
    await api(`/issue/${encodeURIComponent(key)}/comment`, { method: 'POST', body: JSON.stringify({ body: adf(text) }) });
    console.log(`commented on ${key}`);
  },
  async transition(key, name) {
    const { transitions } = await api(`/issue/${encodeURIComponent(key)}/transitions`);
    const t = transitions.find((x) => x.name.toLowerCase() === name.toLowerCase() || x.to?.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new Error(`no transition "${name}"; available: ${transitions.map((x) => x.name).join(', ')}`);
    await api(`/issue/${encodeURIComponent(key)}/transitions`, { method: 'POST', body: JSON.stringify({ transition: { id: t.id } }) });
    console.log(`${key} -> ${t.to?.name || t.name}`);
  },
};

const [cmd, ...args] = process.argv.slice(2);
if (!cmds[cmd]) {
  console.error(`usage: jira.js <${Object.keys(cmds).join('|')}> ...`);
  process.exit(1);
}
cmds[cmd](...args).catch((e) => { console.error(e.message); process.exit(1); });
