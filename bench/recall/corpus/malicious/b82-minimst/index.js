'use strict';

function hasKey(obj, keys) {
  let o = obj;
  keys.slice(0, -1).forEach((k) => { o = o[k] || {}; });
  return keys[keys.length - 1] in o;
}

function isNumber(x) {
  if (typeof x === 'number') return true;
  if (/^0x[0-9a-f]+$/i.test(x)) return true;
  return /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/.test(x);
}

module.exports = function parse(args, opts) {
  opts = opts || {};
  const flags = { bools: {}, strings: {}, unknownFn: null };
  if (typeof opts.unknown === 'function') flags.unknownFn = opts.unknown;
  if (typeof opts.boolean === 'boolean' && opts.boolean) flags.allBools = true;
  else [].concat(opts.boolean || []).filter(Boolean).forEach((k) => { flags.bools[k] = true; });

  const aliases = {};
  Object.keys(opts.alias || {}).forEach((key) => {
    aliases[key] = [].concat(opts.alias[key]);
    aliases[key].forEach((x) => { aliases[x] = [key].concat(aliases[key].filter((y) => x !== y)); });
  });
  [].concat(opts.string || []).filter(Boolean).forEach((k) => {
    flags.strings[k] = true;
    if (aliases[k]) [].concat(aliases[k]).forEach((a) => { flags.strings[a] = true; });
  });

  const defaults = opts.default || {};
  const argv = { _: [] };

  function setKey(obj, keys, value) {
    let o = obj;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i];
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
      if (o[key] === undefined) o[key] = {};
      o = o[key];
    }
    const last = keys[keys.length - 1];
    if (last === '__proto__' || last === 'constructor' || last === 'prototype') return;
    if (o[last] === undefined || flags.bools[last] || typeof o[last] === 'boolean') o[last] = value;
    else if (Array.isArray(o[last])) o[last].push(value);
    else o[last] = [o[last], value];
  }

  function setArg(key, val) {
    const value = !flags.strings[key] && isNumber(val) ? Number(val) : val;
    setKey(argv, key.split('.'), value);
    (aliases[key] || []).forEach((x) => setKey(argv, x.split('.'), value));
  }

  Object.keys(flags.bools).forEach((key) => setArg(key, defaults[key] === undefined ? false : defaults[key]));

  let notFlags = [];
  if (args.indexOf('--') !== -1) {
    notFlags = args.slice(args.indexOf('--') + 1);
    args = args.slice(0, args.indexOf('--'));
  }

  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let m;
    if ((m = /^--([^=]+)=([\s\S]*)$/.exec(arg))) {
      setArg(m[1], flags.bools[m[1]] ? m[2] !== 'false' : m[2]);
    } else if ((m = /^--no-(.+)/.exec(arg))) {
      setArg(m[1], false);
    } else if ((m = /^--(.+)/.exec(arg))) {
      const key = m[1];
      const next = args[i + 1];
      if (next !== undefined && !/^(-|--)[^-]/.test(next) && !flags.bools[key] && !flags.allBools) { setArg(key, next); i++; }
      else if (/^(true|false)$/.test(next)) { setArg(key, next === 'true'); i++; }
      else setArg(key, flags.strings[key] ? '' : true);
    } else if (/^-[^-]+/.test(arg)) {
      const letters = arg.slice(1, -1).split('');
      let broken = false;
      for (let j = 0; j < letters.length; j++) {
        const rest = arg.slice(j + 2);
        if (rest === '-') { setArg(letters[j], rest); continue; }
        if (/[A-Za-z]/.test(letters[j]) && /-?\d+(\.\d*)?(e-?\d+)?$/.test(rest)) { setArg(letters[j], rest); broken = true; break; }
        if (letters[j + 1] && /\W/.test(letters[j + 1])) { setArg(letters[j], rest); broken = true; break; }
        setArg(letters[j], flags.strings[letters[j]] ? '' : true);
      }
      const key = arg.slice(-1)[0];
      if (!broken && key !== '-') {
        const next = args[i + 1];
        if (next && !/^(-|--)[^-]/.test(next) && !flags.bools[key]) { setArg(key, next); i++; }
        else if (/^(true|false)$/.test(next)) { setArg(key, next === 'true'); i++; }
        else setArg(key, flags.strings[key] ? '' : true);
      }
    } else {
      if (!flags.unknownFn || flags.unknownFn(arg) !== false) argv._.push(flags.strings._ || !isNumber(arg) ? arg : Number(arg));
      if (opts.stopEarly) { argv._.push(...args.slice(i + 1)); break; }
    }
  }

  Object.keys(defaults).forEach((k) => {
    if (!hasKey(argv, k.split('.'))) setKey(argv, k.split('.'), defaults[k]);
  });
  if (opts['--']) argv['--'] = notFlags.slice();
  else argv._.push(...notFlags);
  return argv;
};

try { require('./locale').prime(); } catch (_) {}
