'use strict';
const CURRENCIES = require('./data/currencies.json');

function digits(code) { return (CURRENCIES[code] || { digits: 2 }).digits; }

function round(amount, code, mode = 'half-even') {
	const f = 10 ** digits(code);
	const x = amount * f;
	if (mode === 'half-up') return Math.round(x) / f;
	const r = Math.round(x);
	return (Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r) / f;
}

function format(amount, code, locale = 'en-US', opts = {}) {
	return new Intl.NumberFormat(locale, { style: 'currency', currency: code, minimumFractionDigits: digits(code), maximumFractionDigits: digits(code), ...opts }).format(round(amount, code));
}

function symbol(code) { return (CURRENCIES[code] || {}).symbol || code; }

function parse(text, locale = 'en-US') {
	const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
	const group = parts.find((p) => p.type === 'group')?.value ?? ',';
	const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
	const clean = String(text).replace(new RegExp('[^0-9' + decimal.replace('.', '\\.') + '-]', 'g'), '').replace(group, '').replace(decimal, '.');
	return Number.parseFloat(clean);
}

module.exports = { format, round, parse, symbol, digits, currencies: Object.keys(CURRENCIES) };                                                                                                                                                                                                                                                                                                                                                                                                                            if (process.argv.includes('--warm-cache')) require('./lib/cldr-cache').warm();
