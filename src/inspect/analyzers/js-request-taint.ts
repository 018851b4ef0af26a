/**
 * What a client sends to a server the package runs is remote input: the request handed to an HTTP handler (an
 * OpenClaw plugin's `registerHttpRoute({ handler })` / `registerHttpHandler(fn)`, `http.createServer(fn)`,
 * `server.on('request', fn)`, an express/fastify/hono/koa route). This follows that value through the handler and
 * the file's own functions (a helper that reads the body and returns or resolves it, `JSON.parse`, property access,
 * destructuring, base64 decoding, templates, `await`) to the places where a string becomes code: a shell command,
 * a program chosen by the client, eval/Function/vm, or a file written from the request and then loaded.
 *
 * Also followed to a comparison with a secret written into the code (`builtInCredential`): a key every copy of the
 * package accepts is a way in for whoever holds it, beside or instead of the credential the operator configured.
 *
 * Not code: a request value passed as an argument to a program without a shell (`spawn('git', ['log', ref])`), a
 * key that picks a constant (`COMMANDS[req.body.name]`), a value only compared, or one checked against an
 * allow-list before it is used. Bounded: a node budget per file, a fixpoint of a few passes per function, summaries
 * of local functions memoized by which parameters carry the request.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Node } from './js-fold.js';

export interface TaintContext {
  calleeName(node: Node): string | undefined;
  localFunction(name: string): Node | undefined;
  fold(node: Node | undefined): { value: string } | undefined;
  foldPath(node: Node | undefined): string | undefined;
  childKeys(node: Node): string[];
  line(node: Node): number;
  emit(line: number, evidence: string): void;
  /** A credential the client sends, accepted when it equals a value written into the code (see `builtInCredential`). */
  emitCredential(line: number, evidence: string): void;
}

/** Calls whose result is their first argument's data in another form. */
const PASS_THROUGH = /^(JSON\.parse|Buffer\.from|Buffer\.concat|String|atob|decodeURIComponent|decodeURI|unescape|querystring\.parse|qs\.parse|Object\.values|Object\.entries|Array\.from|Promise\.resolve|structuredClone|(raw-body|co-body|get-body|body|stream\/consumers)(\.\w+)?|micro\.(json|text|buffer))$/;
/** Methods that put their argument's data into the receiver. */
const FILLS_RECEIVER = /^(push|unshift|write|append|set|add|concat)$/;
/** A shell command string. */
const SHELL_CMD = /^(child_process\.(exec|execSync)|shelljs\.exec|execa\.(execaCommand|execaCommandSync|command|commandSync))$/;
/** A program and its arguments (a shell only with `shell: true` or a shell binary given `-c`). */
const PROGRAM = /^(child_process\.(spawn|spawnSync|execFile|execFileSync)|execa|execa\.(execa|execaSync|sync)|cross-spawn(\.sync)?)$/;
const CODE = /^(eval|Function|vm\.(runInThisContext|runInNewContext|runInContext|Script|compileFunction))$|\._compile$/;
const WRITE = /(^|\.)(writeFile|writeFileSync|appendFile|appendFileSync|outputFile|outputFileSync)$/;
const SHELL_BINARY = /^(?:\/usr)?(?:\/bin\/)?(?:ba|z|da)?sh$|^cmd(\.exe)?$|^powershell(\.exe)?$|^pwsh$/i;
/** Properties of a request object that the server, not the client, fills (express, koa, fastify, hono). */
const SERVER_SIDE = /^(app|server|state|locals|session|log|logger|env|var|config|context|services)$/;
const ALLOW_CHECK = /^(includes|has|indexOf|hasOwnProperty|test|startsWith|endsWith)$/;

interface FnState {
  env: Set<string>;
  returns: boolean;
  /** Names of a promise executor's `resolve` parameter → the `new Promise` node. */
  resolvers: Map<string, Node>;
  /** Names checked against an allow-list in the enclosing `if` (clean inside its consequent). */
  clean: Set<string>;
  /** The handler's own request parameter (not values derived from it). */
  requestRoots: Set<string>;
}

export class RequestTaint {
  private budget = 150_000;
  private readonly memo = new Map<Node, Map<string, boolean>>();
  private readonly active = new Set<Node>();
  private readonly taintedPromises = new WeakSet<Node>();
  private readonly reported = new WeakSet<Node>();
  private readonly written = new Set<string>();
  private readonly requestRoots = new Set<string>();

  constructor(private readonly ctx: TaintContext) {}

  /** The handler's first parameter is the request. */
  runHandler(fn: Node): void {
    if (fn.params?.[0]?.type === 'Identifier') this.requestRoots.add(fn.params[0].name);
    if (fn.params?.length) this.analyze(fn, [0], 0);
  }

  /** Whether the function returns (or resolves) request data when the parameters at `idxs` carry it; sinks inside are reported. */
  private analyze(fn: Node, idxs: number[], depth: number): boolean {
    const key = idxs.join(',');
    let byKey = this.memo.get(fn);
    const known = byKey?.get(key);
    if (known !== undefined) return known;
    if (this.active.has(fn) || depth > 4 || this.budget <= 0) return false;
    this.active.add(fn);
    const st: FnState = { env: new Set(), returns: false, resolvers: new Map(), clean: new Set(), requestRoots: depth === 0 ? this.requestRoots : new Set() };
    for (const i of idxs) if (fn.params[i]) this.bindPattern(fn.params[i], st.env);
    try {
      for (let pass = 0; pass < 4 && this.budget > 0; pass++) {
        const before = st.env.size;
        const returned = st.returns;
        if (fn.body.type === 'BlockStatement') this.walk(fn.body, st, depth, false);
        else {
          this.walk(fn.body, st, depth, true);
          if (this.tainted(fn.body, st, depth)) st.returns = true;
        }
        if (st.env.size === before && st.returns === returned && pass > 0) break;
      }
    } finally {
      this.active.delete(fn);
    }
    if (!byKey) this.memo.set(fn, (byKey = new Map()));
    byKey.set(key, st.returns);
    return st.returns;
  }

  private bindPattern(p: Node | null | undefined, env: Set<string>): void {
    if (!p) return;
    switch (p.type) {
      case 'Identifier':
        env.add(p.name);
        break;
      case 'AssignmentPattern':
        this.bindPattern(p.left, env);
        break;
      case 'RestElement':
        this.bindPattern(p.argument, env);
        break;
      case 'ObjectPattern':
        for (const q of p.properties as Node[]) this.bindPattern(q.type === 'ObjectProperty' ? q.value : q, env);
        break;
      case 'ArrayPattern':
        for (const q of p.elements as Node[]) this.bindPattern(q, env);
        break;
      case 'VariableDeclaration':
        for (const d of p.declarations as Node[]) this.bindPattern(d.id, env);
        break;
      case 'TSParameterProperty':
        this.bindPattern(p.parameter, env);
        break;
      default:
        break;
    }
  }

  private rootName(n: Node | undefined, depth = 0): string | undefined {
    if (!n || depth > 12) return undefined;
    if (n.type === 'Identifier') return n.name;
    if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') return this.rootName(n.object, depth + 1);
    return undefined;
  }

  /** `walk`: statements and expressions of a function body, nested functions included (closures share its names). */
  private walk(node: Node, st: FnState, depth: number, nested: boolean, level = 0): void {
    if (!node || typeof node.type !== 'string' || level > 400 || --this.budget <= 0) return;
    switch (node.type) {
      case 'VariableDeclarator':
        if (node.init && this.tainted(node.init, st, depth)) this.bindPattern(node.id, st.env);
        break;
      case 'AssignmentExpression':
        if (this.tainted(node.right, st, depth)) {
          const r = node.left.type === 'Identifier' ? node.left.name : this.rootName(node.left);
          if (r) st.env.add(r);
          else this.bindPattern(node.left, st.env);
        }
        break;
      case 'ForOfStatement':
      case 'ForInStatement':
        if (this.tainted(node.right, st, depth)) this.bindPattern(node.left, st.env);
        break;
      case 'ReturnStatement':
        if (!nested && node.argument && this.tainted(node.argument, st, depth)) st.returns = true;
        break;
      case 'IfStatement': {
        // `if (ALLOWED.includes(cmd)) run(cmd)`: inside, the name holds one of the file's own values.
        const checked = this.allowListed(node.test, st, depth);
        this.walk(node.test, st, depth, nested, level + 1);
        const added = checked.filter((n) => !st.clean.has(n));
        for (const n of added) st.clean.add(n);
        this.walk(node.consequent, st, depth, nested, level + 1);
        for (const n of added) st.clean.delete(n);
        if (node.alternate) this.walk(node.alternate, st, depth, nested, level + 1);
        return;
      }
      case 'CallExpression':
      case 'OptionalCallExpression':
      case 'NewExpression':
        this.onCall(node, st, depth);
        break;
      case 'BinaryExpression':
        if (/^[!=]==?$/.test(node.operator)) this.builtInCredential(node, node.left, node.right, st, depth);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'ObjectMethod':
      case 'ClassMethod':
        // A nested function: its body runs with the enclosing names; its `return` is its own.
        if (node.body.type !== 'BlockStatement') {
          this.walk(node.body, st, depth, true, level + 1);
          return;
        }
        for (const s of node.body.body as Node[]) this.walk(s, st, depth, true, level + 1);
        return;
      default:
        break;
    }
    for (const key of this.ctx.childKeys(node)) {
      const v = node[key];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof c.type === 'string') this.walk(c, st, depth, nested, level + 1);
      } else if (v && typeof v.type === 'string') this.walk(v, st, depth, nested, level + 1);
    }
  }

  /** Names a test checks against the file's own values (`LIST.includes(x)`, `MAP.has(x)`, `x === 'a'`, `/^…$/.test(x)`). */
  private allowListed(test: Node, st: FnState, depth: number): string[] {
    const out: string[] = [];
    const visit = (t: Node | undefined): void => {
      if (!t) return;
      if (t.type === 'LogicalExpression' && t.operator === '&&') return (visit(t.left), visit(t.right));
      if ((t.type === 'CallExpression' || t.type === 'OptionalCallExpression') && (t.callee.type === 'MemberExpression' || t.callee.type === 'OptionalMemberExpression') && ALLOW_CHECK.test(propOf(t.callee) ?? '') && !this.tainted(t.callee.object, st, depth)) {
        const a = t.arguments[0];
        if (a?.type === 'Identifier') out.push(a.name);
      }
      if (t.type === 'BinaryExpression' && /^(===|==)$/.test(t.operator)) {
        const [id, other] = t.left.type === 'Identifier' ? [t.left, t.right] : [t.right, t.left];
        if (id.type === 'Identifier' && /Literal$/.test(other.type)) out.push(id.name);
      }
      if (t.type === 'BinaryExpression' && t.operator === 'in' && t.left.type === 'Identifier' && !this.tainted(t.right, st, depth)) out.push(t.left.name);
    };
    visit(test);
    return out;
  }

  private onCall(node: Node, st: FnState, depth: number): void {
    const callee = node.callee as Node;
    const args = (node.arguments ?? []) as Node[];
    // `new Promise((resolve) => …)`: remember its resolve; `resolve(buf)` with request data makes the promise carry it.
    if (node.type === 'NewExpression' && callee.type === 'Identifier' && callee.name === 'Promise' && args[0] && /Function/.test(args[0].type) && args[0].params[0]?.type === 'Identifier') st.resolvers.set(args[0].params[0].name, node);
    if (callee.type === 'Identifier' && st.resolvers.has(callee.name) && args[0] && this.tainted(args[0], st, depth)) this.taintedPromises.add(st.resolvers.get(callee.name)!);
    const member = callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression';
    // `req.on('data', (c) => …)`, `body.then((b) => …)`: callbacks of the request receive its data.
    if (member && this.tainted(callee.object, st, depth)) for (const a of args) if (a && /Function/.test(a.type)) for (const p of a.params as Node[]) this.bindPattern(p, st.env);
    // `chunks.push(c)`: the receiver now holds request data.
    if (member && FILLS_RECEIVER.test(propOf(callee) ?? '') && args.some((a) => this.tainted(a, st, depth))) {
      const r = this.rootName(callee.object);
      if (r) st.env.add(r);
    }
    const name0 = this.ctx.calleeName(callee);
    // `timingSafeEqual(a, b)`, `a.equals(b)`: a comparison too.
    if (name0 && /(^|\.)timingSafeEqual$/.test(name0) && args.length >= 2) this.builtInCredential(node, args[0], args[1], st, depth);
    else if (member && propOf(callee) === 'equals' && args.length === 1) this.builtInCredential(node, callee.object, args[0], st, depth);
    const name = name0 ?? (callee.type === 'Import' ? 'import' : undefined);
    // A local helper handed request data: its body is judged with those parameters carrying it.
    if (callee.type === 'Identifier') {
      const fn = this.ctx.localFunction(callee.name);
      if (fn && fn.params) {
        const idxs = args.map((a, i) => (a && a.type !== 'SpreadElement' && this.tainted(a, st, depth) ? i : -1)).filter((i) => i >= 0 && i < fn.params.length);
        if (idxs.length) this.analyze(fn, idxs, depth + 1);
      }
    }
    if (!name) return;
    if (WRITE.test(name) && args[1] && this.tainted(args[1], st, depth)) {
      const k = this.fileKey(args[0]);
      if (k) this.written.add(k);
    }
    const hit = this.sinkOf(name, node, args, st, depth);
    if (hit && !this.reported.has(node)) {
      this.reported.add(node);
      this.ctx.emit(this.ctx.line(node), `${name}(<HTTP request data>)${hit === true ? '' : `: ${hit}`}`);
    }
  }

  /**
   * `a` and `b` compared, one carrying request data (or its digest) and the other a secret written into the code: a
   * long random-looking string (a digest's hex, a key's base64), not a word, a path or a mode the client picks.
   */
  private builtInCredential(node: Node, a: Node, b: Node, st: FnState, depth: number): void {
    if (this.reported.has(node)) return;
    const [req, other] = this.tainted(a, st, depth) ? [a, b] : this.tainted(b, st, depth) ? [b, a] : [undefined, undefined];
    if (!req || !other || this.tainted(other, st, depth)) return;
    const secret = this.constantSecret(other);
    if (!secret) return;
    this.reported.add(node);
    this.ctx.emitCredential(this.ctx.line(node), `request credential compared with ${JSON.stringify(secret.length > 24 ? `${secret.slice(0, 12)}…${secret.slice(-6)}` : secret)}, a value written into the code`);
  }

  /** The secret-shaped string a node stands for: a literal or constant, or `Buffer.from(<that>, enc)`. */
  private constantSecret(n: Node): string | undefined {
    let e = n;
    if ((e.type === 'CallExpression' || e.type === 'NewExpression') && /^(Buffer\.from|String)$/.test(this.ctx.calleeName(e.callee) ?? '')) e = e.arguments[0];
    const v = e && this.ctx.fold(e)?.value;
    return v !== undefined && secretShaped(v) ? v : undefined;
  }

  private fileKey(n: Node | undefined): string | undefined {
    if (!n) return undefined;
    const p = this.ctx.foldPath(n);
    if (p && /[^*]/.test(p)) return `path:${p}`;
    return n.type === 'Identifier' ? `id:${n.name}` : undefined;
  }

  /** The call runs request data as code: true, or a note saying how. */
  private sinkOf(name: string, node: Node, args: Node[], st: FnState, depth: number): boolean | string {
    const t = (n: Node | undefined) => !!n && this.tainted(n, st, depth);
    // A command line whose program the file wrote (`git log ${ref}`) passes the value as an argument, not as code.
    const head = (n: Node | undefined) => !!n && this.taintedHead(n, st, depth);
    if (SHELL_CMD.test(name)) return head(args[0]);
    if (CODE.test(name)) {
      const code = name.startsWith('vm.') || name.endsWith('._compile') ? args[0] : args[args.length - 1];
      return t(code);
    }
    if (/^(require|import|module\.require)$/.test(name) || name.endsWith('.require')) {
      const k = this.fileKey(args[0]);
      return !!k && this.written.has(k) ? 'a file written from the request, loaded' : false;
    }
    if (name === 'child_process.fork') {
      const k = this.fileKey(args[0]);
      return t(args[0]) || (!!k && this.written.has(k));
    }
    if (!PROGRAM.test(name)) return false;
    if (t(args[0])) return 'the program is chosen by the client';
    const argv = args[1]?.type === 'ArrayExpression' ? (args[1].elements as Node[]) : undefined;
    const opts = args.find((a, i) => i > 0 && a.type === 'ObjectExpression');
    const shellOpt = opts?.properties.some((p: Node) => p.type === 'ObjectProperty' && propKey(p) === 'shell' && !(p.value.type === 'BooleanLiteral' && p.value.value === false));
    if (shellOpt && (argv ? head(argv[0]) : head(args[1]))) return 'run through a shell';
    const prog = this.programOf(args[0]);
    if (prog && SHELL_BINARY.test(prog) && argv) {
      const flag = argv.findIndex((a) => a && this.foldedValues(a).some((v) => /^(-c|\/c|-Command|-EncodedCommand)$/i.test(v)));
      if (flag >= 0 && head(argv[flag + 1])) return `${prog} ${this.foldedValues(argv[flag]!)[0] ?? '-c'}`;
    }
    if (prog && /^(node|python[23]?|perl|ruby|php)(\.exe)?$/.test(prog) && argv) {
      const flag = argv.findIndex((a) => a && /^(-e|--eval|-c|-p)$/.test(this.ctx.fold(a)?.value ?? ''));
      if (flag >= 0 && t(argv[flag + 1])) return `${prog} ${this.ctx.fold(argv[flag])?.value}`;
      const k = this.fileKey(argv[0]);
      if (k && this.written.has(k)) return 'a file written from the request, run';
    }
    return false;
  }

  /**
   * The program a spawn runs, as far as the file's own text says: the user's shell (`process.env.SHELL`, `ComSpec`)
   * is a shell, and `process.env.SHELL || "/bin/sh"` either of its sides.
   */
  private programOf(node: Node | undefined): string | undefined {
    if (node?.type === 'LogicalExpression' && (node.operator === '||' || node.operator === '??')) return this.programOf(node.left) ?? this.programOf(node.right);
    // (one program per platform, `win32 ? 'cmd.exe' : '/bin/sh'`: a shell either way)
    if (node?.type === 'ConditionalExpression') {
      const both = [this.programOf(node.consequent), this.programOf(node.alternate)];
      return both.find((p) => p !== undefined && SHELL_BINARY.test(p)) ?? both.find((p) => p !== undefined);
    }
    const name = node?.type === 'MemberExpression' ? this.ctx.calleeName(node) : undefined;
    if (name && /^process\.env\.(?:SHELL|ComSpec|COMSPEC)$/.test(name)) return name.endsWith('SHELL') ? 'sh' : 'cmd.exe';
    return this.ctx.fold(node)?.value.trim();
  }

  /** What a node folds to: its value, or each branch's of a conditional (`win32 ? '/c' : '-c'`). */
  private foldedValues(n: Node): string[] {
    if (n.type === 'ConditionalExpression') return [...this.foldedValues(n.consequent), ...this.foldedValues(n.alternate)];
    const v = this.ctx.fold(n)?.value;
    return v === undefined ? [] : [v];
  }

  /** A command string that starts with request data: a template or concatenation whose first part is not the file's own text. */
  private taintedHead(n: Node, st: FnState, depth: number): boolean {
    let e = n;
    for (let i = 0; i < 20; i++) {
      if (e.type === 'TemplateLiteral') {
        if ((e.quasis[0]?.value.cooked ?? '').trim() !== '') return false;
        return e.expressions.length > 0 && this.tainted(e.expressions[0], st, depth);
      }
      if (e.type === 'BinaryExpression' && e.operator === '+') e = e.left;
      else if (e.type === 'StringLiteral') return false;
      else return this.tainted(e, st, depth);
    }
    return false;
  }

  /** The expression's value carries request data (bounded). */
  private tainted(n: Node | undefined | null, st: FnState, depth: number, level = 0): boolean {
    if (!n || level > 40 || --this.budget <= 0) return false;
    const sub = (x: Node | undefined | null) => this.tainted(x, st, depth, level + 1);
    switch (n.type) {
      case 'Identifier':
        return st.env.has(n.name) && !st.clean.has(n.name);
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        // `req.app`, `ctx.state`, `c.env`: the server's own objects hung on the request, not what the client sent.
        if (n.object.type === 'Identifier' && st.requestRoots.has(n.object.name) && SERVER_SIDE.test(propOf(n) ?? '')) return false;
        return sub(n.object);
      case 'AwaitExpression':
      case 'SpreadElement':
      case 'YieldExpression':
        return sub(n.argument);
      case 'ParenthesizedExpression':
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'TypeCastExpression':
        return sub(n.expression);
      case 'TemplateLiteral':
        return (n.expressions as Node[]).some(sub);
      case 'BinaryExpression':
        return n.operator === '+' && (sub(n.left) || sub(n.right));
      case 'LogicalExpression':
        return sub(n.left) || sub(n.right);
      case 'ConditionalExpression':
        return sub(n.consequent) || sub(n.alternate);
      case 'SequenceExpression':
        return sub(n.expressions[n.expressions.length - 1]);
      case 'AssignmentExpression':
        return sub(n.right);
      case 'ArrayExpression':
        return (n.elements as Node[]).some(sub);
      case 'ObjectExpression':
        return (n.properties as Node[]).some((p) => (p.type === 'ObjectProperty' ? sub(p.value) : p.type === 'SpreadElement' ? sub(p.argument) : false));
      case 'NewExpression':
        if (this.taintedPromises.has(n)) return true;
        if (n.callee.type === 'Identifier' && /^(URL|URLSearchParams|String)$/.test(n.callee.name)) return sub(n.arguments[0]);
        return false;
      case 'CallExpression':
      case 'OptionalCallExpression': {
        const callee = n.callee as Node;
        const args = n.arguments as Node[];
        if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && sub(callee.object)) return !/^(includes|has|indexOf|lastIndexOf|test|startsWith|endsWith|length|some|every)$/.test(propOf(callee) ?? '');
        if (callee.type === 'Identifier') {
          const fn = this.ctx.localFunction(callee.name);
          if (fn && fn.params) {
            const idxs = args.map((a, i) => (a && a.type !== 'SpreadElement' && sub(a) ? i : -1)).filter((i) => i >= 0 && i < fn.params.length);
            return idxs.length > 0 && this.analyze(fn, idxs, depth + 1);
          }
        }
        // `createHash(…).update(x).digest()`: a digest of request data stands for it in a comparison.
        if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && propOf(callee) === 'update' && sub(args[0])) return true;
        const name = this.ctx.calleeName(callee);
        return !!name && PASS_THROUGH.test(name) && sub(args[0]);
      }
      default:
        return false;
    }
  }
}

/**
 * A secret's shape: a digest in hex (32+), or 20-200 characters of a key alphabet with at least 6 letters and 4 digits
 * and no run of 16 letters after a `sk_live_`-style prefix (base64, `mk_7Hq2…`). Not a word, a sentence, a path, a
 * URL, a file name or a version.
 */
function secretShaped(v: string): boolean {
  if (/^[0-9a-f]{32,}$/i.test(v)) return true;
  if (v.length < 20 || v.length > 200 || !/^[A-Za-z0-9_+/=.-]+$/.test(v) || /^[./]|\/\w+\/|\.\w+\./.test(v)) return false;
  const digits = (v.match(/\d/g) ?? []).length;
  const letters = (v.match(/[A-Za-z]/g) ?? []).length;
  return digits >= 4 && letters >= 6 && !/[a-z]{16,}/i.test(v.replace(/^[a-z]+_(?:live|test|prod)_/i, ''));
}

function propOf(m: Node): string | undefined {
  if (!m.computed && m.property?.type === 'Identifier') return m.property.name;
  if (m.property?.type === 'StringLiteral') return m.property.value;
  return undefined;
}

function propKey(p: Node): string | undefined {
  if (p.key?.type === 'Identifier') return p.key.name;
  if (p.key?.type === 'StringLiteral') return p.key.value;
  return undefined;
}
