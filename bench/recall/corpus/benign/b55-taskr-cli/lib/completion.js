'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const BEGIN = '# >>> taskr completion >>>';
const END = '# <<< taskr completion <<<';

function script(shell) {
  if (shell === 'zsh') {
    return `_taskr() { local -a t; t=(\${(f)"$(taskr --list-names 2>/dev/null)"}); _describe 'task' t; }\ncompdef _taskr taskr`;
  }
  return `_taskr() { COMPREPLY=( $(compgen -W "$(taskr --list-names 2>/dev/null)" -- "\${COMP_WORDS[COMP_CWORD]}") ); }\ncomplete -F _taskr taskr`;
}

function rcFile(shell) {
  return path.join(os.homedir(), shell === 'zsh' ? '.zshrc' : '.bashrc');
}

function detect() {
  return path.basename(process.env.SHELL || 'bash') === 'zsh' ? 'zsh' : 'bash';
}

function install(shell = detect(), { dryRun = false } = {}) {
  const rc = rcFile(shell);
  const cur = fs.existsSync(rc) ? fs.readFileSync(rc, 'utf8') : '';
  if (cur.includes(BEGIN)) return { rc, changed: false, block: '' };
  const block = `\n${BEGIN}\n${script(shell)}\n${END}\n`;
  if (!dryRun) {
    if (cur) fs.copyFileSync(rc, rc + '.taskr-bak');
    fs.appendFileSync(rc, block);
  }
  return { rc, changed: !dryRun, block };
}

function uninstall(shell = detect()) {
  const rc = rcFile(shell);
  if (!fs.existsSync(rc)) return false;
  const cur = fs.readFileSync(rc, 'utf8');
  const re = new RegExp(`\\n?${BEGIN.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*?${END.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n?`);
  if (!re.test(cur)) return false;
  fs.writeFileSync(rc, cur.replace(re, '\n'));
  return true;
}

module.exports = { install, uninstall, script, detect };
