'use strict';
const { execFileSync } = require('child_process');

const DOMAIN = 'com.apple.dock';
const defaults = (...a) => execFileSync('/usr/bin/defaults', a, { encoding: 'utf8' });
const restart = () => { try { execFileSync('/usr/bin/killall', ['Dock']); } catch {} };

function readPlist() {
  const xml = execFileSync('/usr/bin/defaults', ['export', DOMAIN, '-'], { encoding: 'utf8' });
  const json = execFileSync('/usr/bin/plutil', ['-convert', 'json', '-o', '-', '-'], { input: xml, encoding: 'utf8' });
  return JSON.parse(json);
}

function label(tile) {
  const d = tile['tile-data'] || {};
  return d['file-label'] || (d['file-data'] && decodeURIComponent(String(d['file-data']._CFURLString).replace(/\/$/, '').split('/').pop())) || '?';
}

function list() {
  const p = readPlist();
  return {
    apps: (p['persistent-apps'] || []).map(label),
    others: (p['persistent-others'] || []).map(label),
    autohide: !!p.autohide,
    tilesize: p.tilesize,
    orientation: p.orientation || 'bottom',
  };
}

function tileXml(path, type) {
  const url = 'file://' + encodeURI(path.endsWith('/') ? path : path + '/');
  return `<dict><key>tile-data</key><dict><key>file-data</key><dict><key>_CFURLString</key><string>${url}</string><key>_CFURLStringType</key><integer>15</integer></dict></dict><key>tile-type</key><string>${type}</string></dict>`;
}

function addApp(appPath) {
  defaults('write', DOMAIN, 'persistent-apps', '-array-add', tileXml(appPath, 'file-tile'));
  restart();
}

function addFolder(dir) {
  defaults('write', DOMAIN, 'persistent-others', '-array-add', tileXml(dir, 'directory-tile'));
  restart();
}

function removeApp(name) {
  const p = readPlist();
  const keep = (p['persistent-apps'] || []).filter((t) => label(t).replace(/\.app$/, '') !== name.replace(/\.app$/, ''));
  defaults('delete', DOMAIN, 'persistent-apps');
  for (const t of keep) {
    const u = t['tile-data']?.['file-data']?._CFURLString;
    if (u) defaults('write', DOMAIN, 'persistent-apps', '-array-add', tileXml(decodeURI(u.replace('file://', '')), 'file-tile'));
  }
  restart();
}

function setAutohide(on) { defaults('write', DOMAIN, 'autohide', '-bool', on ? 'true' : 'false'); restart(); }
function setSize(px) { defaults('write', DOMAIN, 'tilesize', '-int', String(Math.max(16, Math.min(128, px)))); restart(); }
function setPosition(pos) {
  if (!['left', 'bottom', 'right'].includes(pos)) throw new Error('position must be left|bottom|right');
  defaults('write', DOMAIN, 'orientation', '-string', pos); restart();
}

module.exports = { list, addApp, addFolder, removeApp, setAutohide, setSize, setPosition };
