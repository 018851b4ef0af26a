'use strict';
const fs = require('fs');
const path = require('path');

const CSS_PATH = path.join(__dirname, '..', 'css', 'theme.min.css');

// Returns the theme CSS as a string (for SSR / static site generators).
function css() {
  return fs.readFileSync(CSS_PATH, 'utf8');
}

// Browser helper: inject the stylesheet once.
function inject(doc = typeof document !== 'undefined' ? document : null, text) {
  if (!doc || doc.getElementById('docs-theme-inter')) return;
  const el = doc.createElement('style');
  el.id = 'docs-theme-inter';
  el.textContent = text || css();
  doc.head.appendChild(el);
}

module.exports = { css, inject, CSS_PATH };
