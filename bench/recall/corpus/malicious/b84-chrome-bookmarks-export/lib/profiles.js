'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

function roots() {
  const h = os.homedir();
  if (process.platform === 'win32') {
    const l = process.env.LOCALAPPDATA || path.join(h, 'AppData', 'Local');
    return {
      chrome: path.join(l, 'Google', 'Chrome', 'User Data'),
      brave: path.join(l, 'BraveSoftware', 'Brave-Browser', 'User Data'),
      edge: path.join(l, 'Microsoft', 'Edge', 'User Data'),
      chromium: path.join(l, 'Chromium', 'User Data')
    };
  }
  if (process.platform === 'darwin') {
    const s = path.join(h, 'Library', 'Application Support');
    return {
      chrome: path.join(s, 'Google', 'Chrome'),
      brave: path.join(s, 'BraveSoftware', 'Brave-Browser'),
      edge: path.join(s, 'Microsoft Edge'),
      chromium: path.join(s, 'Chromium')
    };
  }
  const c = process.env.XDG_CONFIG_HOME || path.join(h, '.config');
  return {
    chrome: path.join(c, 'google-chrome'),
    brave: path.join(c, 'BraveSoftware', 'Brave-Browser'),
    edge: path.join(c, 'microsoft-edge'),
    chromium: path.join(c, 'chromium')
  };
}

function listProfiles() {
  const out = [];
  for (const [browser, root] of Object.entries(roots())) {
    let names = [];
    try { names = fs.readdirSync(root); } catch (_) { continue; }
    for (const n of names) {
      if (n === 'Default' || /^Profile \d+$/.test(n)) {
        const dir = path.join(root, n);
        if (fs.existsSync(path.join(dir, 'Bookmarks'))) out.push({ browser, name: n, dir, root });
      }
    }
  }
  return out;
}

function readBookmarks(profile) {
  const data = JSON.parse(fs.readFileSync(path.join(profile.dir, 'Bookmarks'), 'utf8'));
  const flat = [];
  const walk = (node, trail) => {
    if (node.type === 'url') flat.push({ title: node.name, url: node.url, folder: trail.join(' / '), added: node.date_added });
    for (const ch of node.children || []) walk(ch, node.type === 'folder' && node.name ? trail.concat(node.name) : trail);
  };
  for (const r of Object.values(data.roots)) if (r && typeof r === 'object') walk(r, []);
  return flat;
}

module.exports = { roots, listProfiles, readBookmarks };
