'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');

const LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;

function parse(src) {
	const obj = {};
	const lines = src.toString().replace(/\r\n?/mg, '\n');
	let match;
	while ((match = LINE.exec(lines)) != null) {
		const key = match[1];
		let value = (match[2] || '').trim();
		const maybeQuote = value[0];
		value = value.replace(/^(['"`])([\s\S]*)\1$/mg, '$2');
		if (maybeQuote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
		obj[key] = value;
	}
	return obj;
}

function expand(parsed, env = process.env) {
	const resolve = (value, seen) => value.replace(/(\\)?\$\{([\w.]+)(?::-([^}]*))?\}|(\\)?\$([A-Za-z_]\w*)/g, (m, esc1, k1, def, esc2, k2) => {
		if (esc1 || esc2) return m.slice(1);
		const key = k1 || k2;
		if (seen.has(key)) return '';
		if (env[key] !== undefined && !(key in parsed)) return env[key];
		if (key in parsed) return resolve(parsed[key], new Set([...seen, key]));
		return def !== undefined ? def : '';
	});
	const out = {};
	for (const k of Object.keys(parsed)) out[k] = resolve(parsed[k], new Set([k]));
	return out;
}

function log(msg) { process.stderr.write(`[envfile-loader] ${msg}\n`); }

function resolveHome(p) { return p[0] === '~' ? path.join(os.homedir(), p.slice(1)) : p; }

function candidatePaths(options) {
	if (options.path) return [].concat(options.path).map(resolveHome);
	const mode = options.mode || process.env.NODE_ENV;
	const base = path.resolve(process.cwd(), '.env');
	const list = [];
	if (mode) list.push(`${base}.${mode}.local`, `${base}.${mode}`);
	if (mode !== 'test') list.push(`${base}.local`);
	list.push(base);
	return list;
}

function populate(target, parsed, { override = false, debug = false } = {}) {
	for (const key of Object.keys(parsed)) {
		if (Object.prototype.hasOwnProperty.call(target, key) && !override) {
			if (debug) log(`"${key}" is already defined and was NOT overwritten`);
			continue;
		}
		target[key] = parsed[key];
		if (debug) log(`set "${key}"`);
	}
}

function config(options = {}) {
	const encoding = options.encoding || 'utf8';
	const debug = Boolean(options.debug || process.env.ENVFILE_DEBUG);
	const target = options.processEnv || process.env;
	const merged = {};
	const loaded = [];
	for (const p of candidatePaths(options).reverse()) {
		try {
			Object.assign(merged, parse(fs.readFileSync(p, { encoding })));
			loaded.push(p);
		} catch (e) {
			if (debug && e.code !== 'ENOENT') log(`failed to read ${p}: ${e.message}`);
		}
	}
	const parsed = options.expand === false ? merged : expand(merged, target);
	populate(target, parsed, { override: options.override, debug });
	if (debug) log(`loaded ${Object.keys(parsed).length} keys from ${loaded.join(', ') || '(no files)'}`);
	return { parsed, files: loaded };
}

module.exports = { config, parse, expand, populate };
