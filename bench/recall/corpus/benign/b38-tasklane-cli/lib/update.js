'use strict';
// Self-update for the standalone binary distribution. Downloads only from this project's own GitHub
// releases (documented in README "Updating"), verifies the SHA-256 against the release's SHA256SUMS
// file, asks before replacing anything, and swaps the binary atomically.
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const readline = require('readline');
const pkg = require('../package.json');

const REPO = 'tasklane/tasklane';
const API = `https://api.github.com/repos/${REPO}/releases`;
const ALLOWED_DOWNLOAD_HOSTS = new Set(['github.com', 'objects.githubusercontent.com', 'release-assets.githubusercontent.com']);

function cmp(a, b) {
	const pa = a.replace(/^v/, '').split(/[.-]/), pb = b.replace(/^v/, '').split(/[.-]/);
	for (let i = 0; i < 3; i++) { const d = (+pa[i] || 0) - (+pb[i] || 0); if (d) return d; }
	return 0;
}

async function getJson(url) {
	const res = await fetch(url, { headers: { accept: 'application/vnd.github+json', 'user-agent': `tasklane/${pkg.version}` } });
	if (!res.ok) throw new Error(`GitHub API ${res.status}`);
	return res.json();
}

async function download(url) {
	const u = new URL(url);
	if (u.protocol !== 'https:' || !ALLOWED_DOWNLOAD_HOSTS.has(u.hostname)) throw new Error(`refusing to download from ${u.hostname}`);
	const res = await fetch(u, { redirect: 'follow', headers: { 'user-agent': `tasklane/${pkg.version}` } });
	if (!res.ok) throw new Error(`download failed: HTTP ${res.status}`);
	const final = new URL(res.url);
	if (!ALLOWED_DOWNLOAD_HOSTS.has(final.hostname)) throw new Error(`redirected to unexpected host ${final.hostname}`);
	return Buffer.from(await res.arrayBuffer());
}

function assetName() {
	const plat = { linux: 'linux', darwin: 'macos', win32: 'windows' }[process.platform];
	const arch = { x64: 'x64', arm64: 'arm64' }[process.arch];
	if (!plat || !arch) throw new Error(`no prebuilt binary for ${process.platform}-${process.arch}`);
	return `tasklane-${plat}-${arch}${process.platform === 'win32' ? '.exe' : ''}`;
}

function confirm(q) {
	const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
	return new Promise((res) => rl.question(`${q} [y/N] `, (a) => { rl.close(); res(/^y(es)?$/i.test(a.trim())); }));
}

async function latestRelease(channel = 'stable') {
	if (channel === 'stable') return getJson(`${API}/latest`);
	const list = await getJson(`${API}?per_page=10`);
	return list[0];
}

async function checkForUpdate() {
	const rel = await latestRelease();
	return { latest: rel.tag_name.replace(/^v/, ''), newer: cmp(rel.tag_name, pkg.version) > 0 };
}

async function selfUpdate({ yes = false, channel = 'stable' } = {}) {
	const exe = process.pkg ? process.execPath : null;
	if (!exe) {
		console.error('tasklane was installed with npm; update it with: npm install -g tasklane@latest');
		return 1;
	}
	const rel = await latestRelease(channel);
	if (cmp(rel.tag_name, pkg.version) <= 0) { console.log('Already up to date.'); return 0; }
	const name = assetName();
	const asset = rel.assets.find((a) => a.name === name);
	const sums = rel.assets.find((a) => a.name === 'SHA256SUMS');
	if (!asset || !sums) { console.error(`release ${rel.tag_name} has no ${name} or SHA256SUMS`); return 1; }

	if (!yes && !(await confirm(`Update tasklane ${pkg.version} -> ${rel.tag_name.replace(/^v/, '')}?`))) return 0;

	const [bin, sumText] = await Promise.all([download(asset.browser_download_url), download(sums.browser_download_url)]);
	const expected = sumText.toString('utf8').split('\n').map((l) => l.trim().split(/\s+\*?/)).find(([, f]) => f === name)?.[0];
	const actual = crypto.createHash('sha256').update(bin).digest('hex');
	if (!expected || expected.toLowerCase() !== actual) {
		console.error(`checksum mismatch for ${name}: expected ${expected ?? '(missing)'}, got ${actual}. Not updating.`);
		return 1;
	}

	const tmp = path.join(path.dirname(exe), `.${path.basename(exe)}.${process.pid}.new`);
	fs.writeFileSync(tmp, bin, { mode: 0o755 });
	if (process.platform === 'win32') {
		const old = `${exe}.old`;
		try { fs.rmSync(old, { force: true }); } catch {}
		fs.renameSync(exe, old);
	}
	fs.renameSync(tmp, exe);
	console.log(`Updated to ${rel.tag_name}. Verified sha256 ${actual.slice(0, 16)}…`);
	return 0;
}

module.exports = { selfUpdate, checkForUpdate, assetName, cmp, os };
