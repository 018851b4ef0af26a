'use strict';
const fs = require('fs');
const path = require('path');

function readJson(p) {
  try { return JSON.parse(fs.readFileSync(p, 'utf8')); } catch { return null; }
}

function listProfiles(userDataDir) {
  const ls = readJson(path.join(userDataDir, 'Local State'));
  if (!ls || !ls.profile || !ls.profile.info_cache) return [];
  return Object.entries(ls.profile.info_cache).map(([dir, info]) => ({
    dir,
    name: info.name,
    email: info.user_name || null,
    lastUsed: ls.profile.last_used === dir,
  }));
}

function walkBookmarks(node, out, trail) {
  if (!node) return;
  if (node.type === 'url') out.push({ title: node.name, url: node.url, folder: trail.join(' / ') });
  for (const child of node.children || []) walkBookmarks(child, out, node.type === 'folder' ? [...trail, node.name] : trail);
}

function bookmarks(userDataDir, profileDir) {
  const bm = readJson(path.join(userDataDir, profileDir, 'Bookmarks'));
  if (!bm) return [];
  const out = [];
  for (const root of Object.values(bm.roots || {})) walkBookmarks(root, out, []);
  return out;
}

module.exports = { listProfiles, bookmarks, readJson };
