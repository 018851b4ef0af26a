#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

const SECRET_PATTERNS = [
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/, /\bsk-[A-Za-z0-9_-]{20,}\b/, /\bxox[abpr]-[A-Za-z0-9-]{10,}\b/,
  /\bAKIA[0-9A-Z]{16}\b/, /-----BEGIN [A-Z ]*PRIVATE KEY-----/, /\b\d{8,10}:[A-Za-z0-9_-]{35}\b/,
  /\b(api[_-]?key|secret|password|senha|token)\s*[:=]\s*\S{8,}/i,
];

function args() {
  const a = process.argv.slice(2), o = { attach: [] };
  for (let i = 0; i < a.length; i++) {
    const k = a[i];
    if (k === '--dry-run') o.dry = true;
    else if (k === '--attach') o.attach.push(a[++i]);
    else if (k.startsWith('--')) o[k.slice(2)] = a[++i];
  }
  return o;
}

function chunks(s, n = 1900) {
  const out = [];
  while (s.length > n) {
    let cut = s.lastIndexOf('\n', n); if (cut < n / 2) cut = n;
    out.push(s.slice(0, cut)); s = s.slice(cut).replace(/^\n/, '');
  }
  if (s) out.push(s);
  return out;
}

async function main() {
  const o = args();
  const url = process.env.DISCORD_WEBHOOK_URL;
  if (!url || !/^https:\/\/(discord|discordapp)\.com\/api\/webhooks\/\d+\/[\w-]+$/.test(url)) {
    console.error('DISCORD_WEBHOOK_URL ausente ou inválida'); process.exit(2);
  }
  let text = o.text || (o.file ? fs.readFileSync(o.file, 'utf8') : '');
  if (o.title) text = `**${o.title}**\n${text}`;
  if (!text && !o.attach.length) { console.error('nada para enviar'); process.exit(2); }
  const hit = SECRET_PATTERNS.find((r) => r.test(text));
  if (hit) { console.error('mensagem recusada: parece conter um segredo. Revise o texto.'); process.exit(3); }

  const parts = chunks(text);
  if (o.dry) { parts.forEach((p, i) => console.log(`--- parte ${i + 1}/${parts.length}\n${p}`)); o.attach.forEach((f) => console.log(`📎 ${f}`)); return; }

  for (let i = 0; i < parts.length; i++) {
    const last = i === parts.length - 1;
    const form = new FormData();
    form.append('payload_json', JSON.stringify({ content: parts[i], allowed_mentions: { parse: [] } }));
    if (last) o.attach.forEach((f, j) => form.append(`files[${j}]`, new Blob([fs.readFileSync(f)]), path.basename(f)));
    const r = await fetch(url + '?wait=true', { method: 'POST', body: form });
    if (!r.ok) { console.error(`Discord respondeu ${r.status}: ${await r.text()}`); process.exit(1); }
  }
  console.log(`enviado (${parts.length} mensagem(ns)${o.attach.length ? `, ${o.attach.length} anexo(s)` : ''})`);
}
main();
