'use strict';

function humanize(ms) {
  const abs = Math.abs(ms);
  if (abs >= 86400000) return Math.round(ms / 86400000) + 'd';
  if (abs >= 3600000) return Math.round(ms / 3600000) + 'h';
  if (abs >= 60000) return Math.round(ms / 60000) + 'm';
  if (abs >= 1000) return Math.round(ms / 1000) + 's';
  return ms + 'ms';
}

function setup(env) {
  createDebug.names = [];
  createDebug.skips = [];
  createDebug.formatters = {};
  createDebug.humanize = humanize;
  Object.keys(env).forEach((k) => { createDebug[k] = env[k]; });

  function selectColor(ns) {
    let hash = 0;
    for (let i = 0; i < ns.length; i++) { hash = ((hash << 5) - hash) + ns.charCodeAt(i); hash |= 0; }
    return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
  }
  createDebug.selectColor = selectColor;

  function createDebug(namespace) {
    let prevTime;
    let enableOverride = null;

    function debug(...args) {
      if (!debug.enabled) return;
      const self = debug;
      const curr = Number(new Date());
      self.diff = curr - (prevTime || curr);
      self.prev = prevTime;
      self.curr = curr;
      prevTime = curr;
      if (typeof args[0] !== 'string') args.unshift('%O');
      let index = 0;
      args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
        if (match === '%%') return '%';
        index++;
        const formatter = createDebug.formatters[format];
        if (typeof formatter === 'function') {
          const val = args[index];
          match = formatter.call(self, val);
          args.splice(index, 1);
          index--;
        }
        return match;
      });
      createDebug.formatArgs.call(self, args);
      const logFn = self.log || createDebug.log;
      logFn.apply(self, args);
    }

    debug.namespace = namespace;
    debug.useColors = createDebug.useColors();
    debug.color = createDebug.selectColor(namespace);
    debug.extend = (sub, delim) => createDebug(namespace + (typeof delim === 'undefined' ? ':' : delim) + sub);
    Object.defineProperty(debug, 'enabled', {
      enumerable: true,
      configurable: false,
      get: () => (enableOverride !== null ? enableOverride : createDebug.enabled(namespace)),
      set: (v) => { enableOverride = v; }
    });
    return debug;
  }

  createDebug.enable = function enable(namespaces) {
    createDebug.save(namespaces);
    createDebug.names = [];
    createDebug.skips = [];
    const split = (typeof namespaces === 'string' ? namespaces : '').split(/[\s,]+/);
    for (const ns of split) {
      if (!ns) continue;
      const re = ns.replace(/\*/g, '.*?');
      if (re[0] === '-') createDebug.skips.push(new RegExp('^' + re.slice(1) + '$'));
      else createDebug.names.push(new RegExp('^' + re + '$'));
    }
  };
  createDebug.disable = function disable() {
    const prev = [...createDebug.names.map(String), ...createDebug.skips.map(String).map((s) => '-' + s)].join(',');
    createDebug.enable('');
    return prev;
  };
  createDebug.enabled = function enabled(name) {
    if (name[name.length - 1] === '*') return true;
    for (const s of createDebug.skips) if (s.test(name)) return false;
    for (const n of createDebug.names) if (n.test(name)) return true;
    return false;
  };

  createDebug.enable(createDebug.load());
  return createDebug;
}

module.exports = setup;
