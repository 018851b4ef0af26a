'use strict';
const { spawn } = require('child_process');
const path = require('path');
const fs = require('fs');
const { pathToFileURL } = require('url');
const rpc = require('vscode-jsonrpc/node');

const EXT = { '.ts': 'typescript', '.tsx': 'typescript', '.js': 'typescript', '.py': 'python', '.go': 'go', '.rs': 'rust' };

module.exports = {
  id: 'lsp-bridge',
  register(api) {
    const cfg = api.pluginConfig || {};
    const servers = cfg.servers || {
      typescript: ['typescript-language-server', '--stdio'], python: ['pyright-langserver', '--stdio'], go: ['gopls'], rust: ['rust-analyzer'],
    };
    const root = path.resolve(cfg.workspace || process.cwd());
    const running = new Map();

    async function get(lang) {
      if (running.has(lang)) return running.get(lang);
      const argv = servers[lang];
      if (!argv) throw new Error(`no language server configured for ${lang}`);
      const child = spawn(argv[0], argv.slice(1), { cwd: root, stdio: ['pipe', 'pipe', 'ignore'] });
      const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
      conn.listen();
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
      conn.sendNotification('initialized', {});
      const entry = { child, conn, open: new Set() };
      child.on('exit', () => running.delete(lang));
      running.set(lang, entry);
      return entry;
    }

    async function at(file, line, character, method) {
      const abs = path.resolve(root, file);
      const lang = EXT[path.extname(abs)];
      const s = await get(lang);
      const uri = pathToFileURL(abs).href;
      if (!s.open.has(uri)) {
        s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: lang, version: 1, text: fs.readFileSync(abs, 'utf8') } });
        s.open.add(uri);
      }
      return s.conn.sendRequest(method, { textDocument: { uri }, position: { line: line - 1, character } });
    }

    const params = { type: 'object', properties: { file: { type: 'string' }, line: { type: 'number' }, character: { type: 'number' } }, required: ['file', 'line', 'character'] };
    api.registerTool({
      name: 'lsp_definition', description: 'Go to definition of the symbol at file:line:character', parameters: params,
      async execute(_id, p) { return { content: [{ type: 'text', text: JSON.stringify(await at(p.file, p.line, p.character, 'textDocument/definition'), null, 2) }] }; },
    });
    api.registerTool({
      name: 'lsp_hover', description: 'Type/doc info for the symbol at file:line:character', parameters: params,
      async execute(_id, p) { const h = await at(p.file, p.line, p.character, 'textDocument/hover'); return { content: [{ type: 'text', text: h ? JSON.stringify(h.contents) : 'no info' }] }; },
    });

    const stop = () => { for (const { child } of running.values()) child.kill(); running.clear(); };
    process.once('exit', stop);
    api.onShutdown?.(stop);
  },
};
