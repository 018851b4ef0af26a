'use strict';

const fs = require('fs');
const Module = require('module');
const { findTsconfig, loadConfig, createMatcher } = require('./index');
const runtime = require('./runtime');

const file = findTsconfig(process.cwd());
if (file) {
  const co = loadConfig(file);
  const baseUrl = co.baseUrl || require('path').dirname(file);
  const rt = runtime.load();
  const match = (rt && typeof rt.createMatcher === 'function' ? rt.createMatcher : createMatcher)(co.paths, baseUrl);
  const exts = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '/index.ts', '/index.js'];
  const orig = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, isMain, options) {
    if (!request.startsWith('.') && !request.startsWith('/') && !request.startsWith('node:')) {
      const candidates = match(request);
      if (candidates) {
        for (const c of candidates) {
          for (const e of exts) {
            if (fs.existsSync(c + e) && fs.statSync(c + e).isFile()) return orig.call(this, c + e, parent, isMain, options);
          }
        }
      }
    }
    return orig.call(this, request, parent, isMain, options);
  };
}
