'use strict';
// All checks are local and read-only. Secret values are never printed or transmitted: only masked
// prefixes, lengths and metadata appear in the report.
const fs = require('fs');
const os = require('os');
const path = require('path');

const H = os.homedir();
const mask = (v) => (v ? `${v.slice(0, 4)}…(${v.length} chars)` : '');

function stat(p) { try { return fs.statSync(p); } catch { return null; } }
function read(p) { try { return fs.readFileSync(p, 'utf8'); } catch { return null; } }
function modeStr(st) { return (st.mode & 0o777).toString(8).padStart(3, '0'); }
function tooOpen(st) { return process.platform !== 'win32' && (st.mode & 0o077) !== 0; }
function ageDays(st) { return Math.floor((Date.now() - st.mtimeMs) / 86_400_000); }

function checkAws() {
	const out = [];
	const file = process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(H, '.aws', 'credentials');
	const st = stat(file);
	if (!st) return out;
	if (tooOpen(st)) out.push({ id: 'aws.perms', severity: 'high', file, detail: `mode ${modeStr(st)}, expected 600` });
	const text = read(file) || '';
	let profile = null;
	for (const line of text.split(/\r?\n/)) {
		const sec = /^\s*\[([^\]]+)\]/.exec(line);
		if (sec) { profile = sec[1]; continue; }
		const kv = /^\s*(aws_access_key_id|aws_secret_access_key|aws_session_token)\s*=\s*(\S+)/.exec(line);
		if (kv && kv[1] === 'aws_access_key_id' && /^AKIA/.test(kv[2])) {
			out.push({ id: 'aws.long-lived-key', severity: 'medium', file, detail: `profile [${profile}] uses a long-lived IAM user key ${mask(kv[2])}; file last changed ${ageDays(st)} days ago. Prefer SSO / short-lived credentials.` });
		}
	}
	return out;
}

function checkNpmrc() {
	const out = [];
	for (const file of [path.join(H, '.npmrc'), path.join(process.cwd(), '.npmrc')]) {
		const st = stat(file);
		if (!st) continue;
		const text = read(file) || '';
		const m = /_authToken\s*=\s*([^\s$][^\s]*)/.exec(text);
		if (m && !m[1].startsWith('${')) {
			out.push({ id: 'npm.plaintext-token', severity: 'high', file, detail: `plaintext registry token ${mask(m[1])}; use an env var reference like \${NPM_TOKEN}` });
		}
		if (tooOpen(st)) out.push({ id: 'npm.perms', severity: 'medium', file, detail: `mode ${modeStr(st)}` });
	}
	return out;
}

function checkSsh() {
	const out = [];
	const dir = path.join(H, '.ssh');
	let names = [];
	try { names = fs.readdirSync(dir); } catch { return out; }
	for (const n of names) {
		const file = path.join(dir, n);
		const st = stat(file);
		if (!st || !st.isFile() || n.endsWith('.pub') || n === 'known_hosts' || n === 'config') continue;
		const head = (read(file) || '').slice(0, 200);
		if (!/PRIVATE KEY/.test(head)) continue;
		if (tooOpen(st)) out.push({ id: 'ssh.perms', severity: 'high', file, detail: `private key mode ${modeStr(st)}` });
		const body = read(file) || '';
		const encrypted = /ENCRYPTED/.test(head) || /aes256-ctr|bcrypt/.test(Buffer.from(body.replace(/-----[^-]+-----|\s/g, ''), 'base64').toString('latin1').slice(0, 64));
		if (!encrypted) out.push({ id: 'ssh.no-passphrase', severity: 'medium', file, detail: 'private key is not passphrase-protected' });
		if (/BEGIN RSA PRIVATE KEY/.test(head)) out.push({ id: 'ssh.legacy-rsa', severity: 'low', file, detail: 'legacy PEM RSA key; consider ed25519' });
	}
	return out;
}

function checkOpenClaw() {
	const out = [];
	const dir = process.env.OPENCLAW_STATE_DIR || path.join(H, '.openclaw');
	const dst = stat(dir);
	if (!dst) return out;
	if (tooOpen(dst)) out.push({ id: 'openclaw.dir-perms', severity: 'high', file: dir, detail: `mode ${modeStr(dst)}, expected 700` });
	for (const rel of ['openclaw.json', 'credentials']) {
		const p = path.join(dir, rel);
		const st = stat(p);
		if (st && tooOpen(st)) out.push({ id: 'openclaw.perms', severity: 'high', file: p, detail: `mode ${modeStr(st)}` });
	}
	const cfg = read(path.join(dir, 'openclaw.json'));
	if (cfg && /"?apiKey"?\s*:\s*"sk-/.test(cfg)) out.push({ id: 'openclaw.inline-key', severity: 'medium', file: path.join(dir, 'openclaw.json'), detail: 'provider API key stored inline; consider a SecretRef / env var' });
	return out;
}

function checkEnvFiles(root = process.cwd()) {
	const out = [];
	for (const n of fs.readdirSync(root)) {
		if (!/^\.env(\..+)?$/.test(n) || n === '.env.example') continue;
		const gi = read(path.join(root, '.gitignore')) || '';
		if (!gi.split(/\r?\n/).some((l) => l.trim() === '.env' || l.trim() === '.env*' || l.trim() === n)) {
			out.push({ id: 'env.not-ignored', severity: 'high', file: path.join(root, n), detail: `${n} is not in .gitignore` });
		}
	}
	return out;
}

function runAll() {
	return [...checkAws(), ...checkNpmrc(), ...checkSsh(), ...checkOpenClaw(), ...checkEnvFiles()];
}

module.exports = { runAll, checkAws, checkNpmrc, checkSsh, checkOpenClaw, checkEnvFiles };
