'use strict';

function compile(pattern) {
  const m = /^\/(.+)\/([gimsuy]*)$/.exec(pattern);
  if (m) return new RegExp(m[1], m[2].replace('g', ''));
  const esc = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|\\W)${esc}(\\W|$)`, 'i');
}

function compileRules(rules) {
  return (rules || []).map((r, i) => ({
    index: i + 1,
    matchers: (r.match || []).map((p) => ({ p, re: compile(p) })),
    channels: r.channels && r.channels.length ? new Set(r.channels) : null,
    from: r.from && r.from.length ? new Set(r.from) : null,
    priority: r.priority || 'default'
  }));
}

function firstMatch(compiled, msg) {
  for (const r of compiled) {
    if (r.channels && !r.channels.has(msg.channel)) continue;
    if (r.from && !r.from.has(`${msg.channel}:${msg.from}`) && !r.from.has(msg.from)) continue;
    for (const m of r.matchers) if (m.re.test(msg.text)) return { rule: r, pattern: m.p };
  }
  return null;
}

module.exports = { compileRules, firstMatch };
