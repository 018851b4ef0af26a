/**
 * Constant folding over a Babel AST: what a string expression evaluates to without running it. Obfuscated
 * droppers build their module names, commands and URLs at runtime (`'child_' + 'process'`,
 * `String.fromCharCode(…)`, `Buffer.from(…, 'base64')`, reversed arrays); folding recovers them so the same
 * rules see through the disguise. Pure: never executes package code.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import zlib from 'node:zlib';

export type Node = { type: string; loc?: { start: { line: number } }; [key: string]: any };

export interface Folded {
  value: string;
  /** The value came out of a decoder (base64, hex, char codes, URI escapes): a hidden payload. */
  decoded: boolean;
}

const MAX_FOLD_LENGTH = 256 * 1024;

export class Folder {
  /** Single-assignment bindings (`const x = …`) by name; a name bound twice is ambiguous and not folded. */
  readonly bindings = new Map<string, Node | null>();
  private memo = new WeakMap<Node, Folded | null>();
  private inlining = 0;
  private readonly active = new Set<Node>();

  /** Every initializer a name was given, in source order (`const r = await fetch(…)` in two functions). */
  readonly candidates = new Map<string, Array<Node | null>>();

  bind(name: string, init: Node | null | undefined): void {
    if (this.bindings.has(name)) this.bindings.set(name, null);
    else this.bindings.set(name, init ?? null);
    const all = this.candidates.get(name);
    if (!all) this.candidates.set(name, [init ?? null]);
    else if (all.length < 8) all.push(init ?? null);
  }

  fold(node: Node | null | undefined): Folded | undefined {
    if (!node) return undefined;
    const cached = this.memo.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (this.active.has(node)) return undefined;
    this.active.add(node);
    let out: Folded | undefined;
    try {
      out = this.foldUncached(node);
    } finally {
      this.active.delete(node);
    }
    if (out && out.value.length > MAX_FOLD_LENGTH) out = undefined;
    this.memo.set(node, out ?? null);
    return out;
  }

  foldNumber(node: Node | undefined, depth = 0): number | undefined {
    // Bindings can refer to themselves (`x = x ^ k`) and expressions nest deeply: bound the walk.
    if (!node || depth > 64) return undefined;
    if (node.type === 'NumericLiteral') return node.value as number;
    if (node.type === 'UnaryExpression' && node.operator === '-' && node.argument.type === 'NumericLiteral') return -node.argument.value;
    if (node.type === 'BinaryExpression' && ['+', '-', '*', '^', '|'].includes(node.operator)) {
      const a = this.foldNumber(node.left, depth + 1);
      const b = this.foldNumber(node.right, depth + 1);
      if (a === undefined || b === undefined) return undefined;
      switch (node.operator) {
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '^': return a ^ b;
        default: return a | b;
      }
    }
    if (node.type === 'StringLiteral' && /^\d+$/.test(node.value)) return Number(node.value);
    if (node.type === 'Identifier') {
      const b = this.bindings.get(node.name);
      return b ? this.foldNumber(b, depth + 1) : undefined;
    }
    return undefined;
  }

  /** Elements of an array expression (or a binding to one), folded; undefined if any element does not fold. */
  foldArray(node: Node | undefined): Folded[] | undefined {
    if (!node) return undefined;
    if (node.type === 'Identifier') {
      const b = this.bindings.get(node.name);
      return b ? this.foldArray(b) : undefined;
    }
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') {
      const method = this.propName(node.callee);
      if (method === 'reverse' && node.arguments.length === 0) return this.foldArray(node.callee.object)?.slice().reverse();
      if (method === 'split' && node.arguments.length >= 1) {
        const s = this.fold(node.callee.object);
        const sep = this.fold(node.arguments[0]);
        if (s && sep) return s.value.split(sep.value).map((value) => ({ value, decoded: s.decoded }));
      }
      if (method === 'map') return this.foldArrayMap(node);
    }
    if (node.type !== 'ArrayExpression') return undefined;
    const out: Folded[] = [];
    for (const el of node.elements as Node[]) {
      if (!el) return undefined;
      const n = this.foldNumber(el);
      const f = n !== undefined && el.type !== 'StringLiteral' ? { value: String(n), decoded: false } : this.fold(el);
      if (!f) return undefined;
      out.push(f);
    }
    return out;
  }

  /** `arr.map((x) => x - 3)`: one arithmetic step over a numeric array (offset-shifted char codes). */
  private foldArrayMap(node: Node): Folded[] | undefined {
    const fn = node.arguments[0] as Node | undefined;
    if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') || fn.params.length < 1 || fn.params[0].type !== 'Identifier') return undefined;
    const param = fn.params[0].name as string;
    let body = fn.body as Node;
    if (body.type === 'BlockStatement') {
      const stmts = body.body as Node[];
      if (stmts.length !== 1 || stmts[0].type !== 'ReturnStatement' || !stmts[0].argument) return undefined;
      body = stmts[0].argument;
    }
    if (body.type !== 'BinaryExpression' || !/^(\+|-|\^|\*)$/.test(body.operator)) return undefined;
    const isParam = (n: Node) => n.type === 'Identifier' && n.name === param;
    const otherSide = isParam(body.left) ? body.right : isParam(body.right) ? body.left : undefined;
    if (!otherSide) return undefined;
    const k = this.foldNumber(otherSide);
    if (k === undefined) return undefined;
    const arr = this.foldArray(node.callee.object);
    if (!arr) return undefined;
    const out: Folded[] = [];
    for (const a of arr) {
      const x = Number(a.value);
      if (!Number.isFinite(x)) return undefined;
      const l = isParam(body.left) ? x : k;
      const r = isParam(body.left) ? k : x;
      const v = body.operator === '+' ? l + r : body.operator === '-' ? l - r : body.operator === '*' ? l * r : l ^ r;
      out.push({ value: String(v), decoded: true });
    }
    return out;
  }

  /**
   * A call of a small local function (`const s = (a) => String.fromCharCode(...a)`, one returned expression): its body
   * folded with each parameter standing for its argument. Bounded (three calls deep, no recursion); a parameter whose
   * name the file also binds is not inlined (bindings are by name). The body's folds depend on the arguments, so they
   * are not memoised beyond this call.
   */
  private foldInline(fn: Node, args: Node[]): Folded | undefined {
    if (this.inlining >= 3 || this.active.has(fn)) return undefined;
    let body = fn.body as Node;
    if (body.type === 'BlockStatement') {
      const stmts = body.body as Node[];
      if (stmts.length !== 1 || stmts[0].type !== 'ReturnStatement' || !stmts[0].argument) return undefined;
      body = stmts[0].argument;
    }
    const params = fn.params as Node[];
    if (params.length > args.length || !params.every((p) => p.type === 'Identifier' && !this.bindings.has(p.name)) || args.some((a) => a.type === 'SpreadElement')) return undefined;
    const memo = this.memo;
    this.memo = new WeakMap();
    this.active.add(fn);
    this.inlining++;
    params.forEach((p, i) => this.bindings.set(p.name as string, args[i]));
    try {
      return this.fold(body);
    } finally {
      for (const p of params) this.bindings.delete(p.name as string);
      this.memo = memo;
      this.active.delete(fn);
      this.inlining--;
    }
  }

  propName(member: Node): string | undefined {
    if (!member.property) return undefined;
    if (!member.computed && member.property.type === 'Identifier') return member.property.name;
    if (member.property.type === 'PrivateName') return undefined;
    return this.fold(member.property)?.value;
  }

  private foldUncached(node: Node): Folded | undefined {
    switch (node.type) {
      case 'StringLiteral':
        return { value: node.value, decoded: false };
      case 'NumericLiteral':
        return { value: String(node.value), decoded: false };
      case 'TemplateLiteral': {
        let value = '';
        let decoded = false;
        for (let i = 0; i < node.quasis.length; i++) {
          value += node.quasis[i].value.cooked ?? node.quasis[i].value.raw;
          if (i < node.expressions.length) {
            const f = this.fold(node.expressions[i]);
            if (!f) return undefined;
            value += f.value;
            decoded ||= f.decoded;
          }
        }
        return { value, decoded };
      }
      case 'BinaryExpression': {
        if (node.operator !== '+') return undefined;
        const a = this.fold(node.left);
        if (!a) return undefined;
        const b = this.fold(node.right);
        if (!b) return undefined;
        return { value: a.value + b.value, decoded: a.decoded || b.decoded };
      }
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TypeCastExpression':
        return this.fold(node.expression);
      case 'SequenceExpression':
        return this.fold(node.expressions[node.expressions.length - 1]);
      case 'Identifier': {
        const b = this.bindings.get(node.name);
        return b ? this.fold(b) : undefined;
      }
      case 'MemberExpression': {
        // `{a: 'child_process'}.a`, `['exec'][0]`
        const obj = node.object.type === 'Identifier' ? this.bindings.get(node.object.name) : node.object;
        if (!obj) return undefined;
        if (obj.type === 'ObjectExpression') {
          const key = this.propName(node);
          for (const p of obj.properties as Node[]) {
            if (p.type !== 'ObjectProperty') continue;
            const k = p.key.type === 'Identifier' && !p.computed ? p.key.name : this.fold(p.key)?.value;
            if (k === key) return this.fold(p.value);
          }
          return undefined;
        }
        if (obj.type === 'ArrayExpression' && node.computed) {
          const i = this.foldNumber(node.property);
          const arr = this.foldArray(obj);
          return i !== undefined && arr ? arr[i] : undefined;
        }
        return undefined;
      }
      case 'CallExpression':
      case 'NewExpression':
        return this.foldCall(node);
      default:
        return undefined;
    }
  }

  private foldCall(node: Node): Folded | undefined {
    const callee = node.callee as Node;
    const args = node.arguments as Node[];
    if (callee.type === 'Identifier') {
      if (callee.name === 'atob' && args[0]) {
        const f = this.fold(args[0]);
        return f ? { value: Buffer.from(f.value, 'base64').toString('latin1'), decoded: true } : undefined;
      }
      if ((callee.name === 'decodeURIComponent' || callee.name === 'decodeURI' || callee.name === 'unescape') && args[0]) {
        const f = this.fold(args[0]);
        if (!f) return undefined;
        try {
          return { value: callee.name === 'unescape' ? unescape(f.value) : decodeURIComponent(f.value), decoded: f.value.includes('%') || f.decoded };
        } catch {
          return undefined;
        }
      }
      if (callee.name === 'String' && args[0]) return this.fold(args[0]);
      if (callee.name === 'Buffer' && node.type === 'NewExpression') return this.foldBufferFrom(args);
      const fn = this.bindings.get(callee.name);
      if (fn && (fn.type === 'ArrowFunctionExpression' || fn.type === 'FunctionExpression')) return this.foldInline(fn, args);
      return undefined;
    }
    if (callee.type !== 'MemberExpression') return undefined;
    const method = this.propName(callee);
    const obj = callee.object as Node;
    if (obj.type === 'Identifier' && obj.name === 'String' && method === 'fromCharCode') return this.foldCharCodes(args);
    if (obj.type === 'MemberExpression' && obj.object.type === 'Identifier' && obj.object.name === 'String' && this.propName(obj) === 'fromCharCode' && method === 'apply' && args[1]) {
      const arr = this.foldArray(args[1]);
      if (!arr) return undefined;
      return { value: String.fromCharCode(...arr.map((a) => Number(a.value))), decoded: true };
    }
    if (obj.type === 'Identifier' && obj.name === 'Buffer' && method === 'from') return this.foldBufferFrom(args);
    switch (method) {
      case 'inflateSync':
      case 'inflateRawSync':
      case 'gunzipSync':
      case 'unzipSync':
      case 'brotliDecompressSync': {
        // zlib.inflateSync(Buffer.from(blob, 'base64')): compressed payloads are decompressed (bounded) and judged.
        const f = args[0] ? this.fold(args[0]) : undefined;
        if (!f) return undefined;
        try {
          const out = (zlib[method as 'inflateSync'] as (b: Buffer, o: object) => Buffer)(Buffer.from(f.value, 'latin1'), { maxOutputLength: 1 << 20 });
          return { value: out.toString('latin1'), decoded: true };
        } catch {
          return undefined;
        }
      }
      case 'toString': {
        // Buffer.from(x, 'base64').toString() / .toString('utf8')
        if (obj.type === 'CallExpression' || obj.type === 'NewExpression') {
          const inner = this.fold(obj);
          return inner;
        }
        return this.fold(obj);
      }
      case 'join': {
        const arr = this.foldArray(obj);
        const sep = args[0] ? this.fold(args[0]) : { value: ',', decoded: false };
        if (!arr || !sep) return undefined;
        return { value: arr.map((a) => a.value).join(sep.value), decoded: arr.some((a) => a.decoded) };
      }
      case 'concat': {
        const base = this.fold(obj);
        if (!base) return undefined;
        let value = base.value;
        let decoded = base.decoded;
        for (const a of args) {
          const f = this.fold(a);
          if (!f) return undefined;
          value += f.value;
          decoded ||= f.decoded;
        }
        return { value, decoded };
      }
      case 'toLowerCase':
      case 'toUpperCase':
      case 'trim': {
        const f = this.fold(obj);
        return f ? { value: f.value[method](), decoded: f.decoded } : undefined;
      }
      case 'slice':
      case 'substring':
      case 'substr': {
        const f = this.fold(obj);
        const a = this.foldNumber(args[0]);
        const b = args[1] ? this.foldNumber(args[1]) : undefined;
        if (!f || a === undefined) return undefined;
        return { value: method === 'substr' ? f.value.substr(a, b) : f.value[method](a, b), decoded: f.decoded };
      }
      case 'replace':
      case 'replaceAll': {
        // 'cXhXiXlXd_pXrXoXcXeXsXs'.replace(/X/g, '')
        const f = this.fold(obj);
        const to = args[1] ? this.fold(args[1]) : undefined;
        if (!f || !to || !args[0]) return undefined;
        if (args[0].type === 'RegExpLiteral') {
          try {
            return { value: f.value.replace(new RegExp(args[0].pattern, args[0].flags), to.value), decoded: f.decoded };
          } catch {
            return undefined;
          }
        }
        const from = this.fold(args[0]);
        return from ? { value: method === 'replaceAll' ? f.value.split(from.value).join(to.value) : f.value.replace(from.value, to.value), decoded: f.decoded } : undefined;
      }
      default:
        return undefined;
    }
  }

  private foldCharCodes(args: Node[]): Folded | undefined {
    const codes: number[] = [];
    for (const a of args) {
      if (a.type === 'SpreadElement') {
        const arr = this.foldArray(a.argument);
        if (!arr) return undefined;
        codes.push(...arr.map((x) => Number(x.value)));
        continue;
      }
      const n = this.foldNumber(a);
      if (n === undefined) return undefined;
      codes.push(n);
    }
    if (codes.some((c) => !Number.isFinite(c) || c < 0 || c > 0xffff)) return undefined;
    return { value: String.fromCharCode(...codes), decoded: true };
  }

  private foldBufferFrom(args: Node[]): Folded | undefined {
    if (!args[0]) return undefined;
    const enc = args[1] ? this.fold(args[1])?.value : 'utf8';
    if (args[0].type === 'ArrayExpression') {
      const arr = this.foldArray(args[0]);
      return arr ? { value: Buffer.from(arr.map((a) => Number(a.value) & 0xff)).toString('latin1'), decoded: true } : undefined;
    }
    const f = this.fold(args[0]);
    if (!f || !enc) return undefined;
    if (enc === 'base64' || enc === 'base64url' || enc === 'hex') return { value: Buffer.from(f.value, enc).toString('latin1'), decoded: true };
    return f;
  }
}
