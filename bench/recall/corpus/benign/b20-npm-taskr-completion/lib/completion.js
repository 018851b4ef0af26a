'use strict';
// Installs shell completion only when the user explicitly runs `taskr completion install`.
// Shows the exact lines and the file before writing, asks for confirmation (skip with --yes),
// writes a marked block that `taskr completion uninstall` removes again, and keeps a backup.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const BEGIN = '# >>> taskr completion >>>';
const END = '# <<< taskr completion <<<';

function detectShell(flag) {
  if (flag) return flag;
  const s = path.basename(process.env.SHELL || '');
  return ['bash', 'zsh', 'fish'].includes(s) ? s : 'bash';
}

function target(shell) {
  const h = os.homedir();
  if (shell === 'zsh') return path.join(process.env.ZDOTDIR || h, '.zshrc');
  if (shell === 'fish') return path.join(h, '.config', 'fish', 'completions', 'taskr.fish');
  return path.join(h, '.bashrc');
}

function block(shell) {
  const file = path.join(__dirname, '..', 'completions', `taskr.${shell}`);
  if (shell === 'fish') return fs.readFileSync(file, 'utf8');
  return `${BEGIN}\n[ -f "${file}" ] && source "${file}"\n${END}\n`;
}

function ask(q) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise(r => rl.question(q, a => { rl.close(); r(/^y(es)?$/i.test(a.trim())); }));
}

function strip(text) {
  const re = new RegExp(`\\n?${BEGIN}[\\s\\S]*?${END}\\n?`, 'g');
  return text.replace(re, '\n');
}

async function install(args) {
  const shell = detectShell(args[args.indexOf('--shell') + 1] && args.includes('--shell') ? args[args.indexOf('--shell') + 1] : null);
  const file = target(shell);
  const add = block(shell);
  console.log(`taskr will add the following to ${file}:\n\n${add}`);
  if (!args.includes('--yes') && !(await ask('Proceed? [y/N] '))) { console.log('Aborted, nothing changed.'); return 1; }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (shell === 'fish') { fs.writeFileSync(file, add); }
  else {
    const cur = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (cur) fs.copyFileSync(file, file + '.taskr-backup');
    fs.writeFileSync(file, strip(cur).replace(/\n*$/, '\n\n') + add);
  }
  console.log(`Done. Open a new shell or run: source ${file}`);
  return 0;
}

function uninstall(args) {
  const shell = detectShell(null);
  const file = target(shell);
  if (!fs.existsSync(file)) return 0;
  if (shell === 'fish') fs.unlinkSync(file);
  else fs.writeFileSync(file, strip(fs.readFileSync(file, 'utf8')));
  console.log(`Removed taskr completion from ${file}`);
  return 0;
}

function main(args) {
  const sub = args[0];
  if (sub === 'install') { install(args.slice(1)).then(c => process.exit(c)); return 0; }
  if (sub === 'uninstall') return uninstall(args.slice(1));
  console.log(fs.readFileSync(path.join(__dirname, '..', 'completions', `taskr.${detectShell(null)}`), 'utf8'));
  return 0;
}
module.exports = { main, strip, block };
