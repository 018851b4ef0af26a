'use strict';
const path = require('path');
const { aliasCompletions } = require('./lib/aliases');
const indexer = require('./lib/indexer');

function init(modules) {
  const ts = modules.typescript;

  function create(info) {
    const log = (m) => info.project.projectService.logger.info(`[path-hints] ${m}`);
    const proxy = Object.create(null);
    for (const k of Object.keys(info.languageService)) {
      const x = info.languageService[k];
      proxy[k] = (...args) => x.apply(info.languageService, args);
    }

    const projectDir = path.dirname(info.project.getProjectName());
    indexer.schedule(projectDir, log);

    proxy.getCompletionsAtPosition = (fileName, position, opts) => {
      const prior = info.languageService.getCompletionsAtPosition(fileName, position, opts);
      const sf = info.languageService.getProgram().getSourceFile(fileName);
      if (!sf) return prior;
      const token = findStringAt(ts, sf, position);
      if (!token) return prior;
      const co = info.project.getCompilerOptions();
      const extra = aliasCompletions(co, projectDir, token.text);
      if (!extra.length) return prior;
      const entries = extra.map((name) => ({
        name,
        kind: ts.ScriptElementKind.directory,
        kindModifiers: '',
        sortText: '0',
        replacementSpan: { start: token.start, length: token.text.length },
      }));
      if (!prior) return { isGlobalCompletion: false, isMemberCompletion: false, isNewIdentifierLocation: true, entries };
      return Object.assign({}, prior, { entries: entries.concat(prior.entries) });
    };

    proxy.getQuickInfoAtPosition = (fileName, position) => {
      const prior = info.languageService.getQuickInfoAtPosition(fileName, position);
      const sf = info.languageService.getProgram().getSourceFile(fileName);
      const token = sf && findStringAt(ts, sf, position);
      if (!token) return prior;
      const resolved = ts.resolveModuleName(token.text, fileName, info.project.getCompilerOptions(), ts.sys);
      const target = resolved.resolvedModule && resolved.resolvedModule.resolvedFileName;
      if (!target) return prior;
      const doc = [{ kind: 'text', text: `→ ${path.relative(projectDir, target)}` }];
      return prior
        ? Object.assign({}, prior, { documentation: (prior.documentation || []).concat(doc) })
        : { kind: ts.ScriptElementKind.string, kindModifiers: '', textSpan: { start: token.start, length: token.text.length }, documentation: doc };
    };

    log('loaded');
    return proxy;
  }

  return { create };
}

function findStringAt(ts, sf, pos) {
  let found = null;
  (function visit(node) {
    if (pos < node.getFullStart() || pos > node.getEnd()) return;
    if (ts.isStringLiteral(node) && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent) ||
        (ts.isCallExpression(node.parent) && node.parent.expression.kind === ts.SyntaxKind.ImportKeyword))) {
      found = { text: node.text, start: node.getStart() + 1 };
      return;
    }
    ts.forEachChild(node, visit);
  })(sf);
  return found;
}

module.exports = init;
