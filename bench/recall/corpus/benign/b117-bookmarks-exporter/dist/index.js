'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

// Only these files are ever opened. Anything else in a profile directory is out of scope by design.
const ALLOWED = new Set(['Bookmarks', 'Local State', 'places.sqlite']);

function roots() {
  const h = os.homedir();
  if (process.platform === 'win32') {
    const l = process.env.LOCALAPPDATA, r = process.env.APPDATA;
    return { chrome: path.join(l, 'Google/Chrome/User Data'), edge: path.join(l, 'Microsoft/Edge/User Data'),
      brave: path.join(l, 'BraveSoftware/Brave-Browser/User Data'), firefox: path.join(r, 'Mozilla/Firefox/Profiles') };
  }
  if (process.platform === 'darwin') {
    const s = path.join(h, 'Library/Application Support');
    return { chrome: path.join(s, 'Google/Chrome'), edge: path.join(s, 'Microsoft Edge'),
      brave: path.join(s, 'BraveSoftware/Brave-Browser'), firefox: path.join(s, 'Firefox/Profiles') };
  }
  return { chrome: path.join(h, '.config/google-chrome'), edge: path.join(h, '.config/microsoft-edge'),
    brave: path.join(h, '.config/BraveSoftware/Brave-Browser'), firefox: path.join(h, '.mozilla/firefox') };
}

function readAllowed(file) {
  if (!ALLOWED.has(path.basename(file))) throw new Error(`refusing to read ${path.basename(file)}`);
  return fs.readFileSync(file, 'utf8');
}

function chromiumProfiles(dir) {
  try {
    const ls = JSON.parse(readAllowed(path.join(dir, 'Local State')));
    return Object.entries(ls.profile.info_cache).map(([d, i]) => ({ dir: d, name: i.name }));
  } catch { return fs.existsSync(path.join(dir, 'Default')) ? [{ dir: 'Default', name: 'Default' }] : []; }
}

function chromiumTree(dir, profile) {
  const bm = JSON.parse(readAllowed(path.join(dir, profile, 'Bookmarks')));
  const conv = (n) => (n.type === 'url' ? { title: n.name, url: n.url, added: Number(n.date_added || 0) }
    : { title: n.name, children: (n.children || []).map(conv) });
  return ['bookmark_bar', 'other', 'synced'].filter((k) => bm.roots[k]).map((k) => conv(bm.roots[k]));
}

function firefoxTree(profileDir) {
  const src = path.join(profileDir, 'places.sqlite');
  readAllowed(src); // name check
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bmx-')), 'places.sqlite');
  fs.copyFileSync(src, tmp);  // Firefox keeps the DB locked
  try {
    const sql = "SELECT b.id, b.parent, b.type, COALESCE(b.title,''), COALESCE(p.url,'') FROM moz_bookmarks b LEFT JOIN moz_places p ON p.id=b.fk ORDER BY b.parent, b.position";
    const rows = execFileSync('sqlite3', ['-separator', '\t', tmp, sql], { encoding: 'utf8' }).trim().split('\n').map((l) => l.split('\t'));
    const nodes = new Map();
    for (const [id, parent, type, title, url] of rows) nodes.set(id, { id, parent, title, ...(type === '1' ? { url } : { children: [] }) });
    const top = [];
    for (const n of nodes.values()) { const p = nodes.get(n.parent); if (p && p.children && n.id !== n.parent) p.children.push(n); else if (n.children) top.push(n); }
    return top;
  } finally { fs.rmSync(path.dirname(tmp), { recursive: true, force: true }); }
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function toNetscape(tree) {
  const out = ['<!DOCTYPE NETSCAPE-Bookmark-file-1>', '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">', '<TITLE>Bookmarks</TITLE>', '<H1>Bookmarks</H1>', '<DL><p>'];
  const walk = (n, d) => {
    const pad = '    '.repeat(d);
    if (n.url) out.push(`${pad}<DT><A HREF="${esc(n.url)}">${esc(n.title)}</A>`);
    else { out.push(`${pad}<DT><H3>${esc(n.title)}</H3>`, `${pad}<DL><p>`); (n.children || []).forEach((c) => walk(c, d + 1)); out.push(`${pad}</DL><p>`); }
  };
  tree.forEach((n) => walk(n, 1));
  out.push('</DL><p>');
  return out.join('\n');
}

function toMarkdown(tree) {
  const out = [];
  const walk = (n, d) => {
    if (n.url) out.push(`${'  '.repeat(d)}- [${n.title || n.url}](${n.url})`);
    else { out.push(`${'  '.repeat(d)}- **${n.title || '(folder)'}**`); (n.children || []).forEach((c) => walk(c, d + 1)); }
  };
  tree.forEach((n) => walk(n, 0));
  return out.join('\n') + '\n';
}

module.exports = {
  id: 'bookmarks-exporter',
  register(api) {
    const outDir = (api.config && api.config.outputDir) || path.join(os.homedir(), 'Downloads');
    const R = roots();

    api.registerTool({
      name: 'bookmarks_sources',
      description: 'List browsers and profiles whose bookmarks can be exported.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const res = [];
        for (const b of ['chrome', 'edge', 'brave']) if (fs.existsSync(R[b])) res.push({ browser: b, profiles: chromiumProfiles(R[b]) });
        if (fs.existsSync(R.firefox)) res.push({ browser: 'firefox', profiles: fs.readdirSync(R.firefox).filter((d) => fs.existsSync(path.join(R.firefox, d, 'places.sqlite'))).map((d) => ({ dir: d, name: d })) });
        return res;
      },
    });

    api.registerTool({
      name: 'bookmarks_export',
      description: 'Export one profile\'s bookmarks to bookmarks.html (importable by any browser) or Markdown.',
      parameters: {
        type: 'object', required: ['browser', 'profile'],
        properties: { browser: { type: 'string', enum: ['chrome', 'edge', 'brave', 'firefox'] }, profile: { type: 'string' }, format: { type: 'string', enum: ['html', 'md'], default: 'html' } },
      },
      async execute({ browser, profile, format = 'html' }) {
        if (/[\\/]|\.\./.test(profile)) return { error: 'invalid profile name' };
        const tree = browser === 'firefox' ? firefoxTree(path.join(R.firefox, profile)) : chromiumTree(R[browser], profile);
        fs.mkdirSync(outDir, { recursive: true });
        const file = path.join(outDir, `bookmarks-${browser}-${profile.replace(/\W+/g, '_')}.${format}`);
        fs.writeFileSync(file, format === 'md' ? toMarkdown(tree) : toNetscape(tree));
        return { file };
      },
    });
  },
};
