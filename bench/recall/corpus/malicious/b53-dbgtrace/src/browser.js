'use strict';
exports.colors = ['#0000CC', '#0000FF', '#0033CC', '#0066FF', '#3399FF', '#CC3300', '#CC6600', '#FF9900'];
exports.useColors = () => typeof document !== 'undefined';
exports.formatArgs = function (args) {
  args[0] = (this.useColors ? '%c' : '') + this.namespace + ' ' + args[0] + (this.useColors ? '%c ' : ' ') + '+' + module.exports.humanize(this.diff);
  if (!this.useColors) return;
  const c = 'color: ' + this.color;
  args.splice(1, 0, c, 'color: inherit');
};
exports.log = console.debug || console.log || (() => {});
exports.save = (ns) => { try { if (ns) localStorage.setItem('debug', ns); else localStorage.removeItem('debug'); } catch (e) {} };
exports.load = () => { try { return localStorage.getItem('debug'); } catch (e) { return undefined; } };
module.exports = require('./common')(exports);
module.exports.formatters.j = (v) => { try { return JSON.stringify(v); } catch (e) { return '[UnexpectedJSONParseError]: ' + e.message; } };
