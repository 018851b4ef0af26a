'use strict';
const fs = require('fs');
const path = require('path');
const os = require('os');
const readline = require('readline');

const BEGIN = '# >>> jumpdir initialize >>>';
const END = '# <<< jumpdir initialize <<<';

function snippet(shell) {
  if (shell === 'fish') return 'jumpdir init fish | source';
  return `eval "$(jumpdir init ${shell})"`;
}

function initScript(shell) {
  if (shell === 'fish') {
    return [
      'function __jumpdir_hook --on-variable PWD',
      '  command jumpdir add "$PWD" >/dev/null 2>&1',
      'end',
      'function j',
      '  set -l d (command jumpdir query $argv)',
      '  and cd $d',
      'end'
    ].join('\n');
  }
  const hook = shell === 'zsh'
    ? 'autoload -Uz add-zsh-hook; __jumpdir_hook() { command jumpdir add "$PWD" >/dev/null 2>&1 }; add-zsh-hook chpwd __jumpdir_hook'
    : '__jumpdir_hook() { [ "$__jumpdir_last" != "$PWD" ] && __jumpdir_last="$PWD" && command jumpdir add "$PWD" >/dev/null 2>&1; }; PROMPT_COMMAND="__jumpdir_hook${PROMPT_COMMAND:+;$PROMPT_COMMAND}"';
  return `${hook}\nj() { local d; d="$(command jumpdir query "$@")" && cd "$d"; }`;
}

function rcFile(shell) {
  const home = os.homedir();
  if (shell === 'zsh') return path.join(process.env.ZDOTDIR || home, '.zshrc');
  if (shell === 'fish') return path.join(home, '.config', 'fish', 'config.fish');
  return path.join(home, '.bashrc');
}

function detectShell() {
  const s = path.basename(process.env.SHELL || 'bash');
  return ['bash', 'zsh', 'fish'].includes(s) ? s : 'bash';
}

function ask(q) {
  if (!process.stdin.isTTY) return Promise.resolve('');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((res) => rl.question(q, (a) => { rl.close(); res(a.trim().toLowerCase()); }));
}

async function setup({ shell = detectShell(), yes = false, uninstall = false, dryRun = false } = {}) {
  const rc = rcFile(shell);
  const current = fs.existsSync(rc) ? fs.readFileSync(rc, 'utf8') : '';
  const block = `${BEGIN}\n${snippet(shell)}\n${END}\n`;
  const has = current.includes(BEGIN);

  if (uninstall) {
    if (!has) { console.log(`jumpdir: nothing to remove in ${rc}`); return; }
    const next = current.replace(new RegExp(`\\n?${BEGIN}[\\s\\S]*?${END}\\n?`), '\n');
    if (dryRun) { console.log(`would remove jumpdir block from ${rc}`); return; }
    fs.copyFileSync(rc, `${rc}.jumpdir-backup`);
    fs.writeFileSync(rc, next);
    console.log(`jumpdir: removed init block from ${rc} (backup: ${rc}.jumpdir-backup)`);
    return;
  }

  if (has) { console.log(`jumpdir: already set up in ${rc}`); return; }

  console.log(`jumpdir will add these lines to ${rc}:\n\n${block}`);
  if (dryRun) return;
  const answer = yes ? 'y' : await ask('Proceed? [y/N] ');
  if (answer !== 'y' && answer !== 'yes') {
    console.log(`No changes made. To enable manually, add this to ${rc}:\n  ${snippet(shell)}`);
    return;
  }
  fs.mkdirSync(path.dirname(rc), { recursive: true });
  if (fs.existsSync(rc)) fs.copyFileSync(rc, `${rc}.jumpdir-backup`);
  fs.appendFileSync(rc, (current && !current.endsWith('\n') ? '\n' : '') + block);
  console.log(`jumpdir: done. Open a new terminal or run: source ${rc}`);
}

module.exports = { setup, initScript, snippet, detectShell };
