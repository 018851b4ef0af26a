'use strict';
const fs = require('fs');
const { spawn } = require('child_process');
const p = require('./platform');

function binaryPath() {
  if (process.env.FASTGREP_BINARY_PATH) return process.env.FASTGREP_BINARY_PATH;
  try { return require.resolve(`${p.optionalPackage()}/bin/${p.exeName()}`); } catch (_) {}
  if (fs.existsSync(p.localBin())) return p.localBin();
  throw new Error('fastgrep binary not found; reinstall fastgrep-bin');
}

// search(pattern, paths, opts) -> Promise<[{path, line, text}]>, using --json output.
function search(pattern, paths = ['.'], opts = {}) {
  const args = ['--json'];
  if (opts.ignoreCase) args.push('-i');
  if (opts.glob) for (const g of [].concat(opts.glob)) args.push('-g', g);
  if (opts.fixedStrings) args.push('-F');
  args.push('-e', pattern, '--', ...paths);
  return new Promise((resolve, reject) => {
    const child = spawn(binaryPath(), args, { cwd: opts.cwd });
    let buf = '';
    const hits = [];
    child.stdout.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i); buf = buf.slice(i + 1);
        const m = JSON.parse(line);
        if (m.type === 'match') hits.push({ path: m.data.path.text, line: m.data.line_number, text: m.data.lines.text.replace(/\n$/, '') });
      }
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 || code === 1 ? resolve(hits) : reject(new Error(`fastgrep exited ${code}`))));
  });
}

module.exports = { binaryPath, search };
