'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const START = '# >>> shipctl completion >>>';
const END = '# <<< shipctl completion <<<';
const COMMANDS = ['deploy', 'rollback', 'status', 'logs', 'init', 'completion', 'help'];

function scripts() {
  return {
    bash: `_shipctl() { local cur="\${COMP_WORDS[COMP_CWORD]}"; COMPREPLY=( $(compgen -W "${COMMANDS.join(' ')}" -- "$cur") ); }\ncomplete -F _shipctl shipctl\n`,
    zsh: `#compdef shipctl\n_shipctl() { local -a cmds; cmds=(${COMMANDS.map((c) => `'${c}'`).join(' ')}); _describe 'command' cmds; }\ncompdef _shipctl shipctl\n`,
    fish: COMMANDS.map((c) => `complete -c shipctl -f -n '__fish_use_subcommand' -a ${c}`).join('\n') + '\n'
  };
}

function detectShell() {
  const s = path.basename(process.env.SHELL || '');
  return ['bash', 'zsh', 'fish'].includes(s) ? s : 'bash';
}

function targets(shell) {
  const h = os.homedir();
  const dataDir = path.join(process.env.XDG_DATA_HOME || path.join(h, '.local', 'share'), 'shipctl');
  if (shell === 'fish') {
    return { rc: null, file: path.join(process.env.XDG_CONFIG_HOME || path.join(h, '.config'), 'fish', 'completions', 'shipctl.fish') };
  }
  return { rc: path.join(h, shell === 'zsh' ? '.zshrc' : '.bashrc'), file: path.join(dataDir, `completion.${shell}`) };
}

function confirm(q) {
  return new Promise((resolve) => {
    const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
    rl.question(`${q} [y/N] `, (a) => { rl.close(); resolve(/^y(es)?$/i.test(a.trim())); });
  });
}

function stripBlock(text) {
  const re = new RegExp(`\\n?${START}[\\s\\S]*?${END}\\n?`, 'g');
  return text.replace(re, '\n');
}

async function install({ shell = detectShell(), yes = false, print = false } = {}) {
  const src = scripts()[shell];
  if (print) { process.stdout.write(src); return; }
  const t = targets(shell);
  const block = `${START}\n[ -f "${t.file}" ] && . "${t.file}"\n${END}\n`;
  console.error(`shipctl will:\n  • write ${t.file}`);
  if (t.rc) console.error(`  • add these lines to ${t.rc} (a backup is saved as ${path.basename(t.rc)}.shipctl-bak):\n\n${block.replace(/^/gm, '      ')}`);
  if (!yes && !(await confirm('Proceed?'))) { console.error('Aborted. Nothing changed.'); return; }
  fs.mkdirSync(path.dirname(t.file), { recursive: true });
  fs.writeFileSync(t.file, src);
  if (t.rc) {
    let cur = '';
    try { cur = fs.readFileSync(t.rc, 'utf8'); fs.writeFileSync(`${t.rc}.shipctl-bak`, cur); } catch (_) {}
    fs.writeFileSync(t.rc, stripBlock(cur).replace(/\n*$/, '\n') + block);
  }
  console.error(`Done. Restart your shell or run: ${shell === 'fish' ? 'exec fish' : `source ${t.rc}`}`);
}

function uninstall({ shell = detectShell() } = {}) {
  const t = targets(shell);
  try { fs.unlinkSync(t.file); } catch (_) {}
  if (t.rc) {
    try { fs.writeFileSync(t.rc, stripBlock(fs.readFileSync(t.rc, 'utf8'))); } catch (_) {}
  }
  console.error(`Removed shipctl completion for ${shell}.`);
}

module.exports = { install, uninstall, scripts, COMMANDS };
