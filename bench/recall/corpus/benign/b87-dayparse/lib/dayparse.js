'use strict';

var UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function pad(n, w) { var s = String(n); w = w || 2; while (s.length < w) s = '0' + s; return s; }

function parse(input) {
  if (input == null) return new Date();
  if (input instanceof Date) return new Date(input.getTime());
  if (typeof input === 'number') return new Date(input);
  var m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(String(input));
  if (m) return new Date(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0));
  return new Date(input);
}

function Day(input) {
  this._d = input instanceof Day ? new Date(input.valueOf()) : parse(input);
}
Day.prototype.valueOf = function () { return this._d.getTime(); };
Day.prototype.isValid = function () { return !isNaN(this._d.getTime()); };
Day.prototype.add = function (n, unit) {
  unit = unit || 'd';
  if (unit === 'M' || unit === 'y') {
    var d = new Date(this._d.getTime());
    d.setMonth(d.getMonth() + (unit === 'y' ? 12 * n : n));
    return new Day(d);
  }
  return new Day(new Date(this.valueOf() + n * (UNITS[unit] || UNITS.d)));
};
Day.prototype.subtract = function (n, unit) { return this.add(-n, unit); };
Day.prototype.diff = function (o, unit) { return (this.valueOf() - new Day(o).valueOf()) / (UNITS[unit || 'ms'] || 1); };
Day.prototype.format = function (fmt) {
  var d = this._d;
  var map = { YYYY: d.getFullYear(), MM: pad(d.getMonth() + 1), MMM: MONTHS[d.getMonth()], DD: pad(d.getDate()),
    HH: pad(d.getHours()), mm: pad(d.getMinutes()), ss: pad(d.getSeconds()), SSS: pad(d.getMilliseconds(), 3) };
  return (fmt || 'YYYY-MM-DDTHH:mm:ss').replace(/\[([^\]]*)]|YYYY|MMM|MM|DD|HH|mm|ss|SSS/g, function (m, lit) {
    return lit !== undefined ? lit : String(map[m]);
  });
};
Day.prototype.toISOString = function () { return this._d.toISOString(); };
Day.prototype.toDate = function () { return new Date(this._d.getTime()); };

function dayparse(input) { return new Day(input); }
dayparse.Day = Day;
dayparse.isDay = function (x) { return x instanceof Day; };
module.exports = dayparse;
