'use strict';

const tty = require('tty');
const util = require('util');

exports.colors = [6, 2, 3, 4, 5, 1];
exports.inspectOpts = Object.keys(process.env).filter((k) => /^debug_/i.test(k)).reduce((obj, key) => {
  const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_, k) => k.toUpperCase());
  let val = process.env[key];
  if (/^(yes|on|true|enabled)$/i.test(val)) val = true;
  else if (/^(no|off|false|disabled)$/i.test(val)) val = false;
  else if (val === 'null') val = null;
  else val = Number(val);
  obj[prop] = val;
  return obj;
}, {});

exports.useColors = function useColors() {
  return 'colors' in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
};

exports.formatArgs = function formatArgs(args) {
  const { namespace: name, useColors } = this;
  if (useColors) {
    const c = this.color;
    const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
    const prefix = `  ${colorCode};1m${name} \u001B[0m`;
    args[0] = prefix + args[0].split('\n').join('\n' + prefix);
    args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
  } else {
    args[0] = (exports.inspectOpts.hideDate ? '' : new Date().toISOString() + ' ') + name + ' ' + args[0];
  }
};

exports.log = (...args) => process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
exports.save = (ns) => { if (ns) process.env.DEBUG = ns; else delete process.env.DEBUG; };
exports.load = () => process.env.DEBUG;

module.exports = require('./common')(exports);
module.exports.formatters.o = function (v) { this.inspectOpts.colors = this.useColors; return util.inspect(v, this.inspectOpts).split('\n').map((s) => s.trim()).join(' '); };
module.exports.formatters.O = function (v) { this.inspectOpts.colors = this.useColors; return util.inspect(v, this.inspectOpts); };
