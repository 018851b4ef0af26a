'use strict';
const fs = require('fs');
const path = require('path');
const { readKeys } = require('./lib/envkeys');

function init({ typescript: ts }) {
  function create(info) {
    const projectDir = path.dirname(info.project.getProjectName());
    let keys = readKeys(projectDir);
    let watcher = null;
    try {
      watcher = fs.watch(projectDir, (_e, f) => { if (f && (f === '.env' || String(f).startsWith('.env.'))) keys = readKeys(projectDir); });
      if (watcher.unref) watcher.unref();
    } catch {}

    const ls = info.languageService;
    const proxy = Object.create(null);
    for (const k of Object.keys(ls)) proxy[k] = (...a) => ls[k].apply(ls, a);

    function envAccessAt(fileName, pos) {
      const sf = ls.getProgram().getSourceFile(fileName);
      if (!sf) return null;
      const before = sf.text.slice(Math.max(0, pos - 40), pos);
      const m = /(process\.env|import\.meta\.env)\.([A-Za-z0-9_]*)$/.exec(before);
      return m ? { prefix: m[2], start: pos - m[2].length } : null;
    }

    proxy.getCompletionsAtPosition = (fileName, pos, opts) => {
      const prior = ls.getCompletionsAtPosition(fileName, pos, opts);
      const at = envAccessAt(fileName, pos);
      if (!at) return prior;
      const have = new Set(prior ? prior.entries.map((e) => e.name) : []);
      const entries = [...keys.keys()]
        .filter((k) => k.startsWith(at.prefix) && !have.has(k))
        .map((name) => ({ name, kind: ts.ScriptElementKind.memberVariableElement, kindModifiers: '', sortText: '0' }));
      if (!prior) return { isGlobalCompletion: false, isMemberCompletion: true, isNewIdentifierLocation: false, entries };
      return { ...prior, entries: entries.concat(prior.entries) };
    };

    proxy.getCompletionEntryDetails = (fileName, pos, name, fmt, source, prefs, data) => {
      const entry = keys.get(name);
      if (!entry || !envAccessAt(fileName, pos)) return ls.getCompletionEntryDetails(fileName, pos, name, fmt, source, prefs, data);
      const text = `${entry.doc ? entry.doc + '\n\n' : ''}Defined in: ${entry.files.join(', ')}`;
      return { name, kind: ts.ScriptElementKind.memberVariableElement, kindModifiers: '', displayParts: [{ text: `(env) ${name}: string`, kind: 'text' }], documentation: [{ text, kind: 'text' }] };
    };

    info.project.projectService.logger.info(`[env-complete] ${keys.size} env key(s) found`);
    return proxy;
  }
  return { create };
}

module.exports = init;
