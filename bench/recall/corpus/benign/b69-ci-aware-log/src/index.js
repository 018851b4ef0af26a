'use strict';
const { detect } = require('./detect');

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 };
const escGh = (s) => String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s) => escGh(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function formatters(provider, out) {
  const line = (s) => out.write(s + '\n');
  switch (provider.id) {
    case 'github':
      return {
        log(level, msg, meta) {
          if (level === 'debug') return line(`::debug::${escGh(msg)}`);
          if (level === 'info') return line(msg + (meta ? ' ' + JSON.stringify(meta) : ''));
          const props = meta && meta.file ? ` file=${escProp(meta.file)}${meta.line ? `,line=${meta.line}` : ''}${meta.title ? `,title=${escProp(meta.title)}` : ''}` : '';
          line(`::${level === 'warn' ? 'warning' : 'error'}${props}::${escGh(msg)}`);
        },
        group: (t) => line(`::group::${escGh(t)}`),
        groupEnd: () => line('::endgroup::'),
        mask: (v) => line(`::add-mask::${escGh(v)}`),
      };
    case 'gitlab': {
      let n = 0;
      const stack = [];
      return {
        log(level, msg, meta) { line(`${level === 'error' ? '\x1b[31m' : level === 'warn' ? '\x1b[33m' : ''}${msg}${level === 'error' || level === 'warn' ? '\x1b[0m' : ''}${meta ? ' ' + JSON.stringify(meta) : ''}`); },
        group(t) { const id = `sec_${++n}`; stack.push(id); line(`\x1b[0Ksection_start:${Math.floor(Date.now() / 1000)}:${id}[collapsed=true]\r\x1b[0K${t}`); },
        groupEnd() { const id = stack.pop(); if (id) line(`\x1b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${id}\r\x1b[0K`); },
        mask() {},
      };
    }
    case 'azure':
      return {
        log(level, msg) {
          if (level === 'warn' || level === 'error') line(`##vso[task.logissue type=${level === 'warn' ? 'warning' : 'error'}]${msg}`);
          else line(level === 'debug' ? `##[debug]${msg}` : msg);
        },
        group: (t) => line(`##[group]${t}`),
        groupEnd: () => line('##[endgroup]'),
        mask: (v) => line(`##vso[task.setvariable variable=masked;issecret=true]${v}`),
      };
    default:
      if (provider.isCI) {
        return {
          log(level, msg, meta) { line(JSON.stringify({ t: new Date().toISOString(), level, msg, ...meta })); },
          group: (t) => line(JSON.stringify({ t: new Date().toISOString(), level: 'info', group: t })),
          groupEnd() {},
          mask() {},
        };
      }
      return {
        log(level, msg, meta) {
          const c = { debug: '\x1b[90m', info: '\x1b[36m', warn: '\x1b[33m', error: '\x1b[31m' }[level];
          const tty = out.isTTY && !('NO_COLOR' in process.env);
          line(`${tty ? c : ''}${level.padEnd(5)}${tty ? '\x1b[0m' : ''} ${msg}${meta ? ' ' + JSON.stringify(meta) : ''}`);
        },
        group: (t) => line(`▸ ${t}`),
        groupEnd() {},
        mask() {},
      };
  }
}

function createLogger({ level = process.env.LOG_LEVEL || 'info', out = process.stderr, env = process.env } = {}) {
  const provider = detect(env);
  const f = formatters(provider, out);
  const min = LEVELS[level] ?? 20;
  const api = { provider };
  for (const l of Object.keys(LEVELS)) api[l] = (msg, meta) => { if (LEVELS[l] >= min) f.log(l, msg, meta); };
  api.group = async (title, fn) => { f.group(title); try { return await fn(); } finally { f.groupEnd(); } };
  api.mask = (v) => { if (v) f.mask(v); };
  return api;
}

module.exports = { createLogger, detect };
