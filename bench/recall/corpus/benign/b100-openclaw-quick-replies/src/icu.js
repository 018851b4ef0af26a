'use strict';

// Minimal ICU MessageFormat compiler: {arg}, {n, plural, =0 {..} one {# ..} other {..}},
// {x, select, a {..} other {..}}. Messages come from the bundled locale files and
// are compiled once into functions. Argument values are only ever read from the
// `a` object at call time; message text is embedded via JSON.stringify, so
// nothing from arguments is compiled.

function parse(msg) {
  let i = 0;
  function text(stopAtHash) {
    const parts = [];
    let buf = '';
    while (i < msg.length) {
      const c = msg[i];
      if (c === '{') {
        if (buf) parts.push({ t: 'text', v: buf });
        buf = '';
        parts.push(arg());
      } else if (c === '}') {
        break;
      } else if (c === '#' && stopAtHash) {
        if (buf) parts.push({ t: 'text', v: buf });
        buf = '';
        parts.push({ t: 'hash' });
        i++;
      } else if (c === "'" && msg[i + 1] === "'") {
        buf += "'";
        i += 2;
      } else {
        buf += c;
        i++;
      }
    }
    if (buf) parts.push({ t: 'text', v: buf });
    return parts;
  }
  function ident() {
    const m = /^\s*([A-Za-z_][\w]*)\s*/.exec(msg.slice(i));
    if (!m) throw new SyntaxError(`ICU: expected name at ${i} in ${JSON.stringify(msg)}`);
    i += m[0].length;
    return m[1];
  }
  function arg() {
    i++; // {
    const name = ident();
    if (msg[i] === '}') {
      i++;
      return { t: 'arg', name };
    }
    if (msg[i] !== ',') throw new SyntaxError(`ICU: expected , at ${i}`);
    i++;
    const kind = ident();
    if (kind !== 'plural' && kind !== 'select') throw new SyntaxError(`ICU: unsupported type ${kind}`);
    if (msg[i] !== ',') throw new SyntaxError(`ICU: expected , at ${i}`);
    i++;
    const cases = {};
    for (;;) {
      const m = /^\s*(=\d+|[A-Za-z_]\w*)\s*\{/.exec(msg.slice(i));
      if (!m) break;
      i += m[0].length;
      cases[m[1]] = text(kind === 'plural');
      if (msg[i] !== '}') throw new SyntaxError(`ICU: unterminated case ${m[1]}`);
      i++;
    }
    while (msg[i] === ' ') i++;
    if (msg[i] !== '}') throw new SyntaxError(`ICU: unterminated ${kind}`);
    i++;
    if (!cases.other) throw new SyntaxError(`ICU: ${kind} ${name} needs an "other" case`);
    return { t: kind, name, cases };
  }
  const out = text(false);
  if (i !== msg.length) throw new SyntaxError(`ICU: unexpected } at ${i}`);
  return out;
}

function gen(parts, hashVar) {
  return parts
    .map((p) => {
      if (p.t === 'text') return JSON.stringify(p.v);
      if (p.t === 'hash') return hashVar ? `fmt(${hashVar})` : '"#"';
      const key = JSON.stringify(p.name);
      if (p.t === 'arg') return `str(a[${key}])`;
      const branches = Object.entries(p.cases).filter(([k]) => k !== 'other');
      let code = `(${gen(p.cases.other, p.t === 'plural' ? `a[${key}]` : hashVar)})`;
      for (const [k, body] of branches.reverse()) {
        const cond = k.startsWith('=')
          ? `Number(a[${key}]) === ${Number(k.slice(1))}`
          : p.t === 'plural'
            ? `pr(a[${key}]) === ${JSON.stringify(k)}`
            : `String(a[${key}]) === ${JSON.stringify(k)}`;
        code = `(${cond} ? (${gen(body, p.t === 'plural' ? `a[${key}]` : hashVar)}) : ${code})`;
      }
      return code;
    })
    .join(' + ') || '""';
}

function compile(message, locale) {
  const src = `"use strict"; return ${gen(parse(message), null)};`;
  // eslint-disable-next-line no-new-func
  const fn = new Function('a', 'str', 'fmt', 'pr', src);
  const rules = new Intl.PluralRules(locale);
  const nf = new Intl.NumberFormat(locale);
  const str = (v) => (v === undefined || v === null ? '' : String(v));
  const fmt = (n) => nf.format(Number(n));
  const pr = (n) => rules.select(Number(n));
  return (args = {}) => fn(args, str, fmt, pr);
}

module.exports = { compile, parse };
