/**
 * ES modules inside the sandbox: the fake Node loads everything as CommonJS, so an ESM entry point is
 * rewritten at the statement level (import/export lines, `import.meta`, dynamic `import()`), keeping every
 * line where it was so stack traces still point at the right line. This is a regex rewrite, not a parser:
 * it covers the forms packages ship (`import x from`, `import {a as b} from`, `import * as ns from`,
 * `export default`, `export function/class/const`, `export {…}`, `export * from`; the import and export-list forms
 * also after a statement on the same line, as minified chunks end: `…}export{n as normalize};`); anything stranger fails to
 * compile inside the sandbox and the run reports an error instead of guessing.
 */

const ESM_HINT = /^[ \t]*(?:import\s*(?:[\w$*{]|['"])|export\s+(?:default\b|const\b|let\b|var\b|function\b|async\b|class\b|\{|\*))|[;}][ \t]*export\s*\{[\w$\s,]*\}\s*(?:from\s*['"][^'"\n]+['"])?\s*;?\s*$/m;

/** Does this source use ES module syntax (static import/export at the start of a line)? */
export function looksLikeEsm(src: string): boolean {
  return ESM_HINT.test(src);
}

const keepLines = (m: string): string => '\n'.repeat((m.match(/\n/g) ?? []).length);

function specItems(list: string): Array<[string, string]> {
  return list
    .split(',')
    .map((s) => s.trim().replace(/^type\s+/, ''))
    .filter((s) => s && !/^type\b/.test(s))
    .map((s) => {
      const [orig, alias] = s.split(/\s+as\s+/);
      return [orig.trim(), (alias ?? orig).trim()] as [string, string];
    });
}

/**
 * Rewrite ESM syntax into the CommonJS the sandbox's loader runs. Line numbers are preserved. The module
 * function's parameters are `__cg_`-prefixed for ES modules (`ESM_PARAMS`), since an ES module may declare
 * its own `require` (`const require = createRequire(import.meta.url)`) or `__dirname`.
 */
export function esmToCjs(src: string): string {
  const tail: string[] = [];
  let n = 0;
  let out = src;
  out = out.replace(
    /(?<=^|[;}])([ \t]*)import\s*(type\s+)?([\w$]+\s*,\s*)?(\*\s*as\s+[\w$]+|\{[^}]*\}|(?<=\s)[\w$]+)\s*from\s*(['"])([^'"\n]+)\5(?:\s*(?:with|assert)\s*\{[^}]*\})?[ \t]*;?/gm,
    (m, ind: string, isType: string | undefined, def: string | undefined, spec: string, _q: string, mod: string) => {
      if (isType) return keepLines(m);
      const v = `__cg_m${n++}`;
      const parts = [`${v} = __cg_require(${JSON.stringify(mod)})`];
      if (def) parts.push(`${def.replace(/[\s,]/g, '')} = __cg_default(${v})`);
      if (spec.startsWith('*')) parts.push(`${spec.replace(/^\*\s*as\s+/, '')} = ${v}`);
      else if (spec.startsWith('{')) {
        for (const [orig, alias] of specItems(spec.slice(1, -1))) parts.push(`${alias} = ${orig === 'default' ? `__cg_default(${v})` : `${v}[${JSON.stringify(orig)}]`}`);
      } else parts.push(`${spec} = __cg_default(${v})`);
      return `${ind}var ${parts.join(', ')};${keepLines(m)}`;
    },
  );
  out = out.replace(/(?<=^|[;}])([ \t]*)import\s*(['"])([^'"\n]+)\2(?:\s*(?:with|assert)\s*\{[^}]*\})?[ \t]*;?/gm, (_m, ind: string, _q: string, mod: string) => `${ind}__cg_require(${JSON.stringify(mod)});`);
  out = out.replace(/(?<=^|[;}])([ \t]*)export\s*\*\s*(?:as\s+([\w$]+)\s*)?from\s*(['"])([^'"\n]+)\3[ \t]*;?/gm, (_m, ind: string, asName: string | undefined, _q: string, mod: string) =>
    asName ? `${ind}__cg_exports[${JSON.stringify(asName)}] = __cg_require(${JSON.stringify(mod)});` : `${ind}__cg_star(__cg_exports, __cg_require(${JSON.stringify(mod)}));`,
  );
  out = out.replace(/(?<=^|[;}])([ \t]*)export\s*(type\s+)?\{([^}]*)\}\s*from\s*(['"])([^'"\n]+)\4[ \t]*;?/gm, (m, ind: string, isType: string | undefined, list: string, _q: string, mod: string) => {
    if (isType) return keepLines(m);
    const v = `__cg_m${n++}`;
    const sets = specItems(list).map(([orig, alias]) => `__cg_exports[${JSON.stringify(alias)}] = ${orig === 'default' ? `__cg_default(${v})` : `${v}[${JSON.stringify(orig)}]`};`);
    return `${ind}var ${v} = __cg_require(${JSON.stringify(mod)}); ${sets.join(' ')}${keepLines(m)}`;
  });
  out = out.replace(/(?<=^|[;}])([ \t]*)export\s*(type\s+)?\{([^}]*)\}[ \t]*;?/gm, (m, _ind: string, isType: string | undefined, list: string) => {
    if (!isType) for (const [orig, alias] of specItems(list)) tail.push(`__cg_exports[${JSON.stringify(alias)}] = ${orig};`);
    return keepLines(m);
  });
  out = out.replace(/^([ \t]*)export\s+default\s+(async\s+)?(function\s*\*?|class)\s+([\w$]+)/gm, (_m, ind: string, as: string | undefined, kw: string, name: string) => {
    tail.push(`__cg_exports.default = ${name};`);
    return `${ind}${as ?? ''}${kw} ${name}`;
  });
  out = out.replace(/^([ \t]*)export\s+default\s+/gm, '$1__cg_exports.default = ');
  out = out.replace(/^([ \t]*)export\s+(async\s+)?(function\s*\*?|class)\s+([\w$]+)/gm, (_m, ind: string, as: string | undefined, kw: string, name: string) => {
    tail.push(`__cg_exports[${JSON.stringify(name)}] = ${name};`);
    return `${ind}${as ?? ''}${kw} ${name}`;
  });
  out = out.replace(/^([ \t]*)export\s+(const|let|var)\s+(\{[^}=]*\}|\[[^\]=]*\]|[\w$]+)/gm, (_m, ind: string, kw: string, target: string) => {
    const names = /^[{[]/.test(target) ? target.slice(1, -1).split(',').map((s) => s.split(':').pop()!.trim().replace(/=.*$/, '').trim()).filter((s) => /^[\w$]+$/.test(s)) : [target];
    for (const name of names) tail.push(`__cg_exports[${JSON.stringify(name)}] = ${name};`);
    return `${ind}${kw} ${target}`;
  });
  out = out.replace(/\bimport\.meta\b/g, '__cg_meta');
  out = out.replace(/(^|[^\w$.])import\s*\(/g, '$1__cg_import(');
  return `Object.defineProperty(__cg_exports, '__esModule', { value: true }); ${out}\n;${tail.join(' ')}`;
}

export const CJS_PARAMS = 'exports, require, module, __filename, __dirname, __cg_import, __cg_meta';
export const ESM_PARAMS = '__cg_exports, __cg_require, __cg_module, __cg_filename, __cg_dirname, __cg_import, __cg_meta';
