'use strict';
const zones = require('./zones');

function partsIn(zone, date) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const o = {}; for (const p of f.formatToParts(date)) o[p.type] = p.value; return o;
}
function offsetMinutes(zone, date = new Date()) {
  const p = partsIn(zones.normalize(zone), date);
  const asUTC = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((asUTC - date.getTime()) / 60000);
}
function isDST(zone, date = new Date()) {
  const y = date.getUTCFullYear();
  const jan = offsetMinutes(zone, new Date(Date.UTC(y, 0, 1))), jul = offsetMinutes(zone, new Date(Date.UTC(y, 6, 1)));
  return jan !== jul && offsetMinutes(zone, date) === Math.max(jan, jul);
}
function format(zone, date = new Date()) {
  const m = offsetMinutes(zone, date), s = m < 0 ? '-' : '+', a = Math.abs(m);
  return s + String(Math.floor(a / 60)).padStart(2, '0') + ':' + String(a % 60).padStart(2, '0');
}
module.exports = { offsetMinutes, isDST, format, normalize: zones.normalize, localZone: zones.localZone };
