'use strict';

const PAD = (n, w = 2) => String(Math.abs(n)).padStart(w, '0');

function parts(date, timeZone) {
	const dtf = new Intl.DateTimeFormat('en-US', {
		timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
		hour: '2-digit', minute: '2-digit', second: '2-digit', weekday: 'short'
	});
	const out = {};
	for (const p of dtf.formatToParts(date)) out[p.type] = p.value;
	return out;
}

function offsetMinutes(date, timeZone) {
	const p = parts(date, timeZone);
	const asUTC = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
	return Math.round((asUTC - date.getTime()) / 60000);
}

const TOKENS = {
	'%Y': (p) => p.year,
	'%m': (p) => p.month,
	'%d': (p) => p.day,
	'%H': (p) => p.hour,
	'%M': (p) => p.minute,
	'%S': (p) => p.second,
	'%a': (p) => p.weekday,
	'%z': (p, d, tz) => { const o = offsetMinutes(d, tz); return (o < 0 ? '-' : '+') + PAD(Math.trunc(o / 60)) + PAD(o % 60); },
	'%Z': (p, d, tz) => tz,
	'%%': () => '%'
};

function strftime(date, pattern, timeZone = 'UTC') {
	if (!(date instanceof Date)) date = new Date(date);
	if (Number.isNaN(date.getTime())) throw new RangeError('Invalid date');
	const p = parts(date, timeZone);
	return pattern.replace(/%[YmdHMSazZ%]/g, (t) => TOKENS[t](p, date, timeZone));
}

const LDML = { yyyy: '%Y', MM: '%m', dd: '%d', HH: '%H', mm: '%M', ss: '%S', EEE: '%a', XXX: '%z', VV: '%Z' };

function format(date, pattern, timeZone) {
	const translated = pattern.replace(/yyyy|MM|dd|HH|mm|ss|EEE|XXX|VV/g, (t) => LDML[t]);
	return strftime(date, translated, timeZone);
}

module.exports = { strftime, format, offsetMinutes };
