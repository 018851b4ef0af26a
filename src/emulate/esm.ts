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
  // (not module syntax only inside a template literal: CommonJS that generates an ES module's text)
  return ESM_HINT.test(src) && (!src.includes('`') || ESM_HINT.test(maskTemplates(src).text));
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
  const { text: masked, restore } = maskTemplates(src);
  let out = masked;
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
  return `Object.defineProperty(__cg_exports, '__esModule', { value: true }); ${restore(out)}\n;${tail.join(' ')}`;
}

/**
 * Template literals whose lines read as module syntax (a plugin generating a virtual module: `export const ids = …`
 * inside backticks) set aside as `__cg_tplN` placeholders, with their newlines, so the rewrite leaves them as text.
 * A small scanner of strings, comments, regular expressions and `${…}` nesting finds where each template ends.
 */
const placeholder = (k: number, body: string): string => `__cg_tpl${k}_` + '\n'.repeat((body.match(/\n/g) ?? []).length);
function maskTemplates(src: string): { text: string; restore: (s: string) => string } {
  if (!src.includes('`')) return { text: src, restore: (s) => s };
  const kept: string[] = [];
  let out = '';
  let last = 0;
  let i = 0;
  let prev = ''; // the last significant character of code: whether a `/` starts a regular expression
  const depth: number[] = []; // brace depth inside each open template's `${`
  const skipString = (q: string): void => {
    for (i++; i < src.length && src[i] !== q && src[i] !== '\n'; i++) if (src[i] === '\\') i++;
  };
  const skipTemplate = (): void => {
    // from just after a backtick (or a closing `}` of an expression) to the closing backtick, or into an expression
    for (; i < src.length; i++) {
      if (src[i] === '\\') i++;
      else if (src[i] === '`') return;
      else if (src[i] === '$' && src[i + 1] === '{') {
        i += 2;
        depth.push(0);
        scanCode(true);
        depth.pop();
      }
    }
  };
  const scanCode = (inExpr: boolean): void => {
    for (; i < src.length; i++) {
      const c = src[i]!;
      if (c === '/' && src[i + 1] === '/') { while (i < src.length && src[i] !== '\n') i++; continue; }
      if (c === '/' && src[i + 1] === '*') { const e = src.indexOf('*/', i + 2); i = e < 0 ? src.length : e + 1; continue; }
      if (c === '"' || c === "'") { skipString(c); prev = 'a'; continue; }
      if (c === '/' && (prev === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(prev))) {
        let cls = false;
        for (i++; i < src.length && src[i] !== '\n'; i++) {
          if (src[i] === '\\') i++;
          else if (src[i] === '[') cls = true;
          else if (src[i] === ']') cls = false;
          else if (src[i] === '/' && !cls) break;
        }
        prev = 'a';
        continue;
      }
      if (c === '`') {
        const start = i;
        i++;
        if (!inExpr && depth.length === 0) {
          skipTemplate();
          const body = src.slice(start, i + 1);
          if (/\n[ \t]*(?:import|export)\b/.test(body)) {
            out += src.slice(last, start) + placeholder(kept.length, body);
            kept.push(body);
            last = i + 1;
          }
        } else skipTemplate();
        prev = 'a';
        continue;
      }
      if (inExpr) {
        if (c === '{') depth[depth.length - 1]!++;
        else if (c === '}') { if (depth[depth.length - 1]! === 0) return; depth[depth.length - 1]!--; }
      }
      if (!/\s/.test(c)) prev = /[\w$)\]]/.test(c) ? 'a' : c;
    }
  };
  scanCode(false);
  out += src.slice(last);
  if (!kept.length) return { text: src, restore: (s) => s };
  // (each placeholder with exactly its template's newlines: the template again)
  return { text: out, restore: (s) => kept.reduce((t, body, k) => t.split(placeholder(k, body)).join(body), s) };
}

export const CJS_PARAMS = 'exports, require, module, __filename, __dirname, __cg_import, __cg_meta';
export const ESM_PARAMS = '__cg_exports, __cg_require, __cg_module, __cg_filename, __cg_dirname, __cg_import, __cg_meta';
