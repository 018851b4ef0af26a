'use strict';
const spinners = require('./spinners.json');
const unicode = process.platform !== 'win32' || Boolean(process.env.WT_SESSION) || process.env.TERM_PROGRAM === 'vscode';

function get(name = 'dots') {
	const s = spinners[name];
	if (!s) throw new Error(`Unknown spinner: ${name}`);
	return unicode ? s : spinners.line;
}

function random() {
	const names = Object.keys(spinners);
	return get(names[Math.floor(Math.random() * names.length)]);
}

function start(text = '', name = 'dots', stream = process.stderr) {
	const { interval, frames } = get(name);
	let i = 0;
	const id = setInterval(() => { stream.write(`\r${frames[i = ++i % frames.length]} ${text}`); }, interval);
	return { stop(final = '') { clearInterval(id); stream.write(`\r\x1b[K${final}${final ? '\n' : ''}`); } };
}

module.exports = { ...spinners, get, random, start };
