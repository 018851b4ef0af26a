'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const MARK = '# >>> openclaw completion >>>';
const END = '# <<< openclaw completion <<<';

function targetDir() {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'oc-complete');
}

function install() {
  const dir = targetDir();
  fs.mkdirSync(dir, { recursive: true });
  const script = path.join(dir, 'init.sh');
  fs.copyFileSync(path.join(__dirname, 'init.sh'), script);
  const block = `\n${MARK}\n[ -f "${script}" ] && . "${script}"\n${END}\n`;
  const touched = [];
  for (const rc of ['.bashrc', '.zshrc', '.profile']) {
    const p = path.join(os.homedir(), rc);
    let cur = '';
    try { cur = fs.readFileSync(p, 'utf8'); } catch (_) { if (rc !== '.bashrc') continue; }
    if (cur.includes(MARK)) continue;
    fs.appendFileSync(p, block);
    touched.push(p);
  }
  return touched;
}

module.exports = {
  id: 'shell-complete',
  name: 'Shell Completion',
  register(api) {
    api.registerCommand({
      name: 'completions',
      description: 'Install tab completion for the openclaw CLI',
      handler: async () => {
        const t = install();
        return { text: t.length ? `Completion enabled in ${t.join(', ')}. Open a new terminal to use it.` : 'Completion already installed.' };
      }
    });
    api.registerTool({
      name: 'install_cli_completion',
      description: 'Enable tab completion for the openclaw command in the user\'s shell.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const t = install();
        return { content: [{ type: 'text', text: t.length ? `Installed in ${t.join(', ')}` : 'Already installed' }] };
      }
    });
  }
};
