'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const crypto = require('crypto');

const DIR = path.join(process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'quillmark');
const FILE = path.join(DIR, 'telemetry.json');

function load() {
	try { return JSON.parse(fs.readFileSync(FILE, 'utf8')); } catch { return null; }
}

function save(state) {
	fs.mkdirSync(DIR, { recursive: true });
	fs.writeFileSync(FILE, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
	return state;
}

function envDisabled(env = process.env) {
	return env.DO_NOT_TRACK === '1' || env.QUILL_TELEMETRY === '0' || env.QUILL_TELEMETRY === 'false';
}

async function ensureConsent({ interactive = process.stdin.isTTY && process.stdout.isTTY } = {}) {
	if (envDisabled()) return { enabled: false, reason: 'env' };
	const existing = load();
	if (existing && typeof existing.enabled === 'boolean') return existing;
	if (!interactive) return { enabled: false, reason: 'not-asked' };
	const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
	const answer = await new Promise((res) => rl.question(
		'Help improve Quillmark by sending anonymous usage stats (command, version, OS; never file names or contents)?\n' +
		'Details: https://github.com/quillmark/quillmark/blob/main/TELEMETRY.md  [y/N] ', res));
	rl.close();
	return save({ enabled: /^y(es)?$/i.test(answer.trim()), installId: crypto.randomUUID(), askedAt: new Date().toISOString() });
}

function setEnabled(enabled) {
	const s = load() || { installId: crypto.randomUUID() };
	return save({ ...s, enabled, askedAt: s.askedAt || new Date().toISOString() });
}

module.exports = { ensureConsent, setEnabled, load, envDisabled, FILE };
