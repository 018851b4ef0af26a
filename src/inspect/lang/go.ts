/**
 * Go programs lowered to effects, the same way as ./ruby.ts: `os.ReadFile`/`os.Open`+`io.ReadAll`, directory
 * walks, `os.Getenv`/`os.Environ`, `filepath.Join`; archive/zip|tar, compress/*, encoding/base64|hex; net/http
 * (`http.Post`, `http.NewRequest` + `req.Header.Set` + `client.Do`), mime/multipart, `net.Dial`, `net.Lookup*`;
 * os/exec. Functions and methods are inlined at their call sites; a folder's .go files are one package, so a call
 * of a function another file of the folder defines is lowered there (./index.ts `ModuleHost`), as is a call into
 * a package of the same module (`creds.Load()` with `import "example.com/x/internal/creds"`).
 *
 * Writers chain: data written into a multipart part, a zip entry, a gzip or base64 writer flows into the writer
 * it wraps (`multipart.NewWriter(body)`: the body), through archive/encode effects on the way.
 */
import { posix } from 'node:path';
import { classifyEnvName } from '../effects/classify.js';
import { lowerCommand, lowerScheduled } from './command.js';
import { type SyntaxNode, kids } from './runtime.js';
import { type Emitter, type Val, Scope, Branches, bytesText, carry, concat, foldInt, inlineCall, intOf, decodeLiteral, envText, hostOfVal, joinPaths, lit, loopItems, originOf, pass, refVal, stored, textOf, unknown, val } from './values.js';

const MAX_INLINE_DEPTH = 6;
const MAX_INLINES_PER_FUNC = 8;
const MAX_NODES = 400_000;

const line = (n: SyntaxNode): number => n.startPosition.row + 1;

interface GoPackage {
  funcs: Map<string, string>;
  methods: Map<string, string[]>;
  consts: Array<[string, string, string]>;
}

interface GoFunc {
  node: SyntaxNode;
  params: string[];
  /** Method receiver name (`func (c *Client) Do()`: `c`). */
  recv?: string;
  variadic?: boolean;
  inlined: number;
  summary?: Val;
}

export function lowerGo(root: SyntaxNode, em: Emitter): void {
  new GoLowerer(em).program(root);
}

/** A function of another file of the same package (or a package of the same module) called from `em.file`. */
export function callGo(root: SyntaxNode, em: Emitter, fn: string, pos: Val[], kw: Map<string, Val>): Val | undefined {
  return new GoLowerer(em).callExported(root, fn, pos, kw);
}

/** Objects library calls return; methods on them are library methods, never the package's own. */
const LIB_OBJ = new Set(['pconn', 'pconn-icmp', 'file', 'wfile', 'req', 'client', 'header', 'mp', 'part', 'zip', 'archive', 'encoder', 'conn', 'conn-r', 'cmd', 'enc:base64', 'enc:hex', 'listing', 'user', 'buf', 'resolver', 'values']);


/** A Go call's `(value, err)` result: the value, and no error. */
/** A call's arguments with a trailing spread (`f(a, rest...)`) replaced by the slice's items, when they are known. */
const spreadLast = (pos: Val[], argNodes: SyntaxNode[]): Val[] => {
  const last = pos[pos.length - 1];
  return argNodes[argNodes.length - 1]?.type === 'variadic_argument' && last?.items ? [...pos.slice(0, -1), ...last.items] : pos;
};
const withErr = (v: Val): Val => ({ ...carry(v), obj: 'tuple', items: [v, val()], s: v.s });
class GoLowerer {
  private readonly funcs = new Map<string, GoFunc>();
  private readonly methods = new Map<string, GoFunc>();
  private readonly imports = new Map<string, string>();
  private readonly global = new Scope();
  /** The inlining state (`Frames`). */
  scope = this.global;
  depth = 0;
  returns: Val[][] = [];
  private budget = MAX_NODES;
  /** Inside `if err != nil { … }`: a fallback's assignments do not replace a value the call gave (`d = os.TempDir()`). */
  private errBranch = 0;
  /** Inside an `if`: an assignment there may not run, so the variable keeps what it held too (its data, not its text). */
  private readonly branches = new Branches();
  private readonly literals = new Map<string, SyntaxNode>();
  /** Whether calls into the package's other files and the module's other packages are followed. */
  private follow = false;

  constructor(private readonly em: Emitter) {}

  program(root: SyntaxNode): void {
    // Calls into other files are followed from a program (`package main`, what `go run` runs) and from code a
    // program called into; a library package's files are each lowered alone (a 200-file SDK would otherwise
    // lower every file once per caller).
    this.follow = kids(root).some((c) => c.type === 'package_clause' && kids(c)[0]?.text === 'main');
    this.collect(root);
    this.globals(root);
    for (const name of ['init', 'main']) {
      const f = this.funcs.get(name);
      if (f) this.callUser(f, [], undefined);
    }
    for (const f of [...this.funcs.values(), ...this.methods.values()]) if (f.inlined === 0) this.callUser(f, [], undefined);
  }

  callExported(root: SyntaxNode, name: string, pos: Val[], kw: Map<string, Val>): Val | undefined {
    this.follow = true;
    this.collect(root);
    const f = this.funcs.get(name) ?? this.methods.get(name);
    if (!f) return undefined;
    this.globals(root);
    return this.callUser(f, pos, kw.get('#recv'));
  }

  private collect(root: SyntaxNode): void {
    for (const c of kids(root)) {
      if (c.type === 'import_declaration') {
        for (const spec of descendants(c, 'import_spec')) {
          const p = spec.childForFieldName('path')?.text.replace(/^["`]|["`]$/g, '');
          if (!p) continue;
          const alias = spec.childForFieldName('name')?.text;
          const segs = p.split('/');
          let base = segs[segs.length - 1];
          if (/^v\d+$/.test(base) && segs.length > 1) base = segs[segs.length - 2];
          base = base.replace(/^go-/, '').replace(/[.-]go$/, '').replace(/[^\w]/g, '');
          if (alias === '_' || alias === '.') continue;
          this.imports.set(alias ?? base, p);
        }
      } else if (c.type === 'function_declaration' || c.type === 'method_declaration') {
        const name = c.childForFieldName('name')?.text;
        if (!name) continue;
        const f: GoFunc = { node: c, params: [], inlined: 0 };
        const ps = c.childForFieldName('parameters');
        for (const p of ps ? kids(ps) : []) {
          const names = kids(p).filter((x) => x.type === 'identifier');
          if (p.type === 'variadic_parameter_declaration') f.variadic = true;
          if (!names.length) f.params.push('_');
          for (const n of names) f.params.push(n.text);
        }
        if (c.type === 'method_declaration') {
          const r = c.childForFieldName('receiver');
          const rp = r ? kids(r)[0] : undefined;
          f.recv = rp ? kids(rp).find((x) => x.type === 'identifier')?.text : undefined;
          if (!this.methods.has(name)) this.methods.set(name, f);
        } else if (!this.funcs.has(name)) this.funcs.set(name, f);
      }
    }
  }

  private globals(root: SyntaxNode): void {
    // the package's other files declare constants this file uses (`const endpoint = …` in main.go)
    const pkg = this.follow ? this.pkgIndex()?.get(posix.dirname(this.em.file)) : undefined;
    if (pkg) for (const [name, s, file] of pkg.consts) if (file !== this.em.file && !this.global.has(name)) this.global.set(name, lit(s));
    for (const c of kids(root)) if (c.type === 'var_declaration' || c.type === 'const_declaration') this.stmt(c);
  }

  private callUser(f: GoFunc, pos: Val[], recv: Val | undefined): Val {
    if (this.depth >= MAX_INLINE_DEPTH || f.inlined >= MAX_INLINES_PER_FUNC) return carry(f.summary, recv, ...pos);
    f.inlined++;
    const scope = new Scope(this.global);
    f.params.forEach((p, i) => {
      const v = f.variadic && i === f.params.length - 1 && pos.length > i ? { ...carry(...pos.slice(i)), items: pos.slice(i) } : pos[i];
      if (p !== '_') scope.set(p, v ? stored(this.em, p, v) : unknown(p));
    });
    if (f.recv) scope.set(f.recv, recv ? stored(this.em, f.recv, recv) : unknown(f.recv));
    const out = mergeReturns(
      inlineCall(this, scope, () => {
        const body = f.node.childForFieldName('body');
        if (body) this.stmt(body);
      }),
    );
    f.summary ??= carry(out);
    // a function of a byte-array literal whose result is no text the lowering can fold (an XOR or shift loop):
    // the program decodes data it carries, so a host or command made of it is the author's, not configured
    if (!out.exact && !out.origin && pos.some(isByteLiteral)) return { ...out, origin: 'decoded' };
    return out;
  }

  // ---- statements ----

  private stmt(n: SyntaxNode): void {
    if (--this.budget < 0) return;
    switch (n.type) {
      case 'comment':
      case 'function_declaration':
      case 'method_declaration':
      case 'type_declaration':
      case 'import_declaration':
      case 'package_clause':
        return;
      case 'short_var_declaration':
      case 'assignment_statement': {
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        if (!left || !right) return;
        const op = n.children.find((c) => c && !c.isNamed && /=$/.test(c.type))?.type ?? '=';
        const rs = kids(right).map((r) => this.ev(r));
        this.assign(kids(left), rs, op !== '=' && op !== ':=', line(n), n.text.slice(0, 160), n.type === 'short_var_declaration');
        return;
      }
      case 'var_declaration':
      case 'const_declaration':
      case 'var_spec_list':
      case 'const_spec_list': {
        for (const spec of kids(n)) {
          if (spec.type === 'var_spec_list' || spec.type === 'const_spec_list') this.stmt(spec);
          if (spec.type !== 'var_spec' && spec.type !== 'const_spec') continue;
          const names = kids(spec).filter((x) => x.type === 'identifier');
          const value = spec.childForFieldName('value');
          const rs = value ? kids(value).map((r) => this.ev(r)) : names.map(() => this.zero(spec.childForFieldName('type')));
          // (a var declared inside a function is that function's; at the top level, the package's)
          this.assign(names, rs, false, 0, '', this.scope !== this.global);
        }
        return;
      }
      case 'return_statement': {
        const list = kids(n)[0];
        const vs = list ? (list.type === 'expression_list' ? kids(list) : [list]).map((c) => this.ev(c)) : [];
        const v = vs.length === 1 ? vs[0] : vs.length ? { ...carry(...vs), obj: 'tuple', items: vs, s: vs[0].s } : val();
        this.returns[this.returns.length - 1]?.push(v);
        return;
      }
      case 'for_statement': {
        const range = kids(n).find((c) => c.type === 'range_clause');
        if (range) {
          const it = this.ev(range.childForFieldName('right')!);
          if (this.foldTableLoop(n, range, it)) return;
          const left = range.childForFieldName('left');
          const names = left ? kids(left) : [];
          for (const el of loopItems(it, (x) => this.element(x))) {
            names.forEach((x, i) => {
              if (x.type === 'identifier' && x.text !== '_') this.scope.set(x.text, stored(this.em, x.text, i === names.length - 1 ? el : carry(el)));
            });
            for (const c of kids(n)) if (c.type !== 'range_clause') this.stmtOrExpr(c);
          }
          return;
        }
        for (const c of kids(n)) this.stmtOrExpr(c);
        return;
      }
      case 'if_statement': {
        const cond = n.childForFieldName('condition');
        const onError = !!cond && /^\s*\w*err\w*\s*!=\s*nil\s*$/i.test(cond.text);
        if (onError) this.errBranch++;
        try {
          this.branches.within(true, () => {
            for (const c of kids(n)) this.stmtOrExpr(c);
          });
        } finally {
          if (onError) this.errBranch--;
        }
        return;
      }
      case 'expression_statement':
      case 'go_statement':
      case 'defer_statement':
      case 'send_statement':
      case 'inc_statement':
      case 'dec_statement':
        for (const c of kids(n)) this.ev(c);
        return;
      default:
        for (const c of kids(n)) this.stmtOrExpr(c);
    }
  }

  private stmtOrExpr(n: SyntaxNode): void {
    if (/_statement$|^(?:block|statement_list|expression_switch_statement|type_switch_statement|select_statement|.*_case|default_case|communication_case|labeled_statement|var_declaration|const_declaration|short_var_declaration|for_clause|if_statement)$/.test(n.type)) this.stmt(n);
    else this.ev(n);
  }

  private zero(type: SyntaxNode | null): Val {
    const t = type?.text ?? '';
    if (/^(?:strings\.Builder|bytes\.Buffer)$/.test(t)) return val({ obj: 'buf' });
    if (/^(?:http\.Client)$/.test(t)) return val({ obj: 'client' });
    if (/^url\.Values$/.test(t)) return val({ obj: 'values' });
    return val();
  }

  /**
   * A loop that rewrites a literal table element by element (`for i, c := range warm { u[i] = c ^ 0x5a }`,
   * `out = append(out, b-3)`): run for every element, not the first few a loop is lowered for, so the table's target
   * holds the whole decoded table (an address assembled byte by byte). Only a body of that one assignment, and only
   * when every result is a literal number.
   */
  private foldTableLoop(n: SyntaxNode, range: SyntaxNode, it: Val): boolean {
    const items = it.items;
    if (!items || items.length < 4 || items.length > 4096 || items.some((x) => intOf(x) === undefined)) return false;
    const body = kids(n.childForFieldName('body') ?? n).filter((c) => c.type !== 'comment' && c.type !== '{' && c.type !== '}');
    const stmts = body.length === 1 && body[0].type === 'statement_list' ? kids(body[0]) : body;
    if (stmts.length !== 1 || stmts[0].type !== 'assignment_statement') return false;
    const left = stmts[0].childForFieldName('left');
    const right = stmts[0].childForFieldName('right');
    const names = kids(range.childForFieldName('left') ?? range).map((x) => x.text);
    if (!left || !right || kids(left).length !== 1 || kids(right).length !== 1 || names.length < 1) return false;
    const target = kids(left)[0];
    const expr = kids(right)[0];
    const [ix, el] = names.length === 2 ? names : [names[0], undefined];
    // `u[i] = f(c)` or `out = append(out, f(c))`
    const indexed = target.type === 'index_expression' && target.childForFieldName('operand')?.type === 'identifier' && target.childForFieldName('index')?.text === ix;
    const appended = target.type === 'identifier' && expr.type === 'call_expression' && expr.childForFieldName('function')?.text === 'append' && kids(expr.childForFieldName('arguments')!)[0]?.text === target.text;
    if (!indexed && !appended) return false;
    const valueNode = indexed ? expr : kids(expr.childForFieldName('arguments')!)[1];
    if (!valueNode) return false;
    const name = indexed ? target.childForFieldName('operand')!.text : target.text;
    const out: Val[] = [];
    for (let i = 0; i < items.length; i++) {
      if (ix !== '_') this.scope.set(ix, lit(String(i)));
      if (el && el !== '_') this.scope.set(el, items[i]);
      const r = this.ev(valueNode);
      if (intOf(r) === undefined) return false;
      out.push(r);
    }
    this.setVar(name, { ...carry(it), items: out, s: bytesText(out), exact: true });
    return true;
  }

  private assign(left: SyntaxNode[], rs: Val[], merge: boolean, l = 0, ev = '', declares = false): void {
    const tuple = rs.length === 1 && rs[0].obj === 'tuple' ? rs[0].items ?? [] : undefined;
    left.forEach((t, i) => {
      const v = tuple ? tuple[i] ?? val() : rs[i] ?? (rs.length === 1 ? val() : val());
      if (t.type === 'identifier') {
        if (t.text === '_') return;
        if (this.errBranch && !merge && this.lookup(t.text)?.s !== undefined) return;
        // (a package-level variable is one for every function of the package, whichever call lowered it: `raw` filled in
        // shadowBytes() and sent in flush(), called from main one after the other)
        const pkgKey = !declares && this.isPackageVar(t.text) ? this.packageKey(t.text) : undefined;
        if (merge) {
          const old = this.lookup(t.text);
          this.em.bind(t.text, v, pkgKey);
          this.setVar(t.text, { ...concat([old ?? val(), { ...v, producers: [] }]), producers: [], ...(pkgKey ? { boundKey: pkgKey } : {}) });
        } else {
          // (`if len(seed) == 0 { seed = []byte(…) }`: where the branch is not taken, seed still holds what was read)
          this.setVar(t.text, stored(this.em, t.text, this.branches.assigned(this.lookup(t.text), v), pkgKey));
        }
        if (pkgKey) this.em.bindKeys(v.keys, pkgKey);
      } else {
        // `c.Token = x`, `m["k"] = x`, `req.Header["X"] = …`: the root variable now carries the data
        const root = rootName(t);
        if (!root) return;
        const old = this.lookup(root);
        const field = t.type === 'selector_expression' && t.childForFieldName('operand')?.type === 'identifier' ? t.childForFieldName('field')?.text : undefined;
        // `sh.Stdin = conn`: the command's input is a connection, so whoever is at the other end drives it.
        if (field === 'Stdin' && old?.obj === 'cmd' && (v.obj === 'conn' || v.obj === 'conn-r')) this.socketCommand(old, v, l, ev);
        // `c := exec.Command("crontab", "-"); c.Stdin = strings.NewReader(entry)`: the new crontab's lines run on schedule
        else if (field === 'Stdin' && old?.obj === 'cmd' && /^crontab$/.test(old.items?.[0]?.s ?? '')) lowerScheduled(this.em, l, v);
        this.em.bind(root, v);
        const entries = field && old?.entries ? [...old.entries.filter(([k]) => k !== field), [field, { ...v, producers: [] }] as [string, Val]] : field ? [[field, { ...v, producers: [] }] as [string, Val]] : old?.entries;
        // (a command's Args set anew, `p.Args = append(p.Args, "-i")`, are its words; its other fields keep them)
        const items = field === 'Args' && old?.obj === 'cmd' && v.items ? v.items : old?.items;
        this.setVar(root, { ...carry(old, { ...v, producers: [] }), obj: old?.obj, s: old?.s, exact: old?.exact, path: old?.path, host: old?.host, writing: old?.writing, entries, ...(items ? { items } : {}), producers: [] });
      }
    });
  }

  /**
   * A name the package declares at its top level and no enclosing function shadows: in this file's globals, or in
   * another file of the package (a name Go finds nowhere here).
   */
  private isPackageVar(name: string): boolean {
    for (let s: Scope | undefined = this.scope; s && s !== this.global; s = s.parent) if (s.has(name)) return false;
    return this.scope === this.global || this.global.has(name) || !this.funcs.has(name);
  }
  private packageKey(name: string): string {
    return `var:${name}@${posix.dirname(this.em.file)}/#package`;
  }

  private lookup(name: string): Val | undefined {
    return this.scope.get(name) ?? this.global.get(name);
  }

  /** Assign in the scope that declares the name (a closure writing its function's variable), else the current one. */
  private setVar(name: string, v: Val): void {
    let s: Scope | undefined = this.scope;
    while (s && !s.has(name)) s = s.parent;
    (s ?? this.scope).set(name, v);
  }

  private element(it: Val): Val {
    if (it.items?.length === 1) return it.items[0];
    return { ...carry(it), s: it.obj === 'listing' ? (it.s !== undefined ? it.s + '/${entry}' : undefined) : it.items?.[0]?.s, obj: it.obj === 'listing' ? 'entry' : undefined };
  }

  // ---- expressions ----

  private ev(n: SyntaxNode): Val {
    if (--this.budget < 0) return val();
    switch (n.type) {
      case 'interpreted_string_literal':
        return lit(unescapeGo(n.text.slice(1, -1)));
      case 'raw_string_literal':
        return lit(n.text.slice(1, -1));
      case 'rune_literal':
      case 'int_literal':
      case 'float_literal':
      case 'true':
      case 'false':
        return lit(n.text);
      case 'nil':
      case 'iota':
        return val();
      case 'identifier':
        return this.identifier(n);
      case 'parenthesized_expression':
      case 'variadic_argument':
      case 'literal_element':
        return kids(n)[0] ? this.ev(kids(n)[0]) : val();
      case 'unary_expression': {
        const o = n.childForFieldName('operand');
        const v = o ? this.ev(o) : val();
        if (n.child(0)?.type === '<-') return carry(v);
        return v;
      }
      case 'binary_expression': {
        const a = this.ev(n.childForFieldName('left')!);
        const b = this.ev(n.childForFieldName('right')!);
        const op = n.childForFieldName('operator')?.type ?? n.child(1)?.type;
        // (numbers only: "1" + "2" of two strings is "12")
        const texts = [n.childForFieldName('left'), n.childForFieldName('right')].some((x) => /string_literal$/.test(x?.type ?? ''));
        const folded = op && !texts ? foldInt(op, a, b) : undefined;
        if (folded) return folded;
        if (op === '+') return concat([a, b]);
        return carry(a, b);
      }
      case 'type_conversion_expression':
      case 'type_assertion_expression': {
        const o = n.childForFieldName('operand');
        return o ? this.ev(o) : val();
      }
      case 'call_expression':
        return this.call(n);
      case 'selector_expression':
        return this.selector(n);
      case 'index_expression': {
        const o = this.ev(n.childForFieldName('operand')!);
        const ix = n.childForFieldName('index');
        const k = ix ? this.ev(ix) : val();
        if (o.entries && k.s !== undefined) {
          const hit = o.entries.find(([x]) => x === k.s);
          if (hit) return hit[1];
        }
        if (o.items && k.exact && /^\d+$/.test(k.s ?? '')) return o.items[Number(k.s)] ?? carry(o);
        return carry(o, k);
      }
      case 'slice_expression': {
        const o = this.ev(n.childForFieldName('operand')!);
        return { ...carry(o), s: o.s };
      }
      case 'composite_literal':
        return this.composite(n);
      case 'literal_value':
        return this.literalValue(n, undefined);
      case 'func_literal': {
        const id = `#lit${n.id}`;
        this.literals.set(id, n);
        // a literal passed or assigned runs some time: its body is lowered once here, parameters unknown
        if (!this.lowered.has(n.id)) this.runLiteral(n, []);
        return val({ fn: id });
      }
      case 'comment':
        return val();
      default:
        return carry(...kids(n).map((c) => this.ev(c)));
    }
  }

  private runLiteral(n: SyntaxNode, args: Val[]): Val {
    const key = `lit:${n.id}`;
    const count = (this.litRuns.get(key) ?? 0) + 1;
    if (count > MAX_INLINES_PER_FUNC || this.depth >= MAX_INLINE_DEPTH) return val();
    this.litRuns.set(key, count);
    const scope = new Scope(this.scope);
    const ps = n.childForFieldName('parameters');
    const names = (ps ? kids(ps) : []).flatMap((p) => kids(p).filter((x) => x.type === 'identifier').map((x) => x.text));
    names.forEach((p, i) => scope.set(p, args[i] ? stored(this.em, p, args[i]) : unknown(p)));
    return mergeReturns(
      inlineCall(this, scope, () => {
        const body = n.childForFieldName('body');
        if (body) this.stmt(body);
      }),
    );
  }
  private readonly litRuns = new Map<string, number>();
  /** Function literals lowered where they are called (an IIFE, a walk callback): not lowered again as values. */
  private readonly lowered = new Set<number>();

  private identifier(n: SyntaxNode): Val {
    const id = n.text;
    const bound = this.lookup(id);
    if (bound) return refVal(this.em, id, bound);
    if (this.funcs.has(id)) return val({ fn: id });
    // (a package-level variable another file of the package declares)
    return val({ keys: [this.packageKey(id)], s: '${' + id + '}' });
  }

  private composite(n: SyntaxNode): Val {
    const type = n.childForFieldName('type')?.text ?? '';
    const body = n.childForFieldName('body');
    const q = this.qualified(type);
    let obj: string | undefined;
    if (q === 'net/http.Client' || q === 'net/http.Transport') obj = 'client';
    else if (q === 'bytes.Buffer' || q === 'strings.Builder') obj = 'buf';
    else if (q === 'net/url.Values' || q === 'net/http.Header') obj = 'values';
    else if (q === 'net.Resolver') obj = 'resolver';
    else if (q === 'os/exec.Cmd') obj = 'cmd';
    const v = body ? this.literalValue(body, obj) : val({ obj });
    // an address literal (`&net.IPAddr{IP: ip}`, `net.UDPAddr{IP: …, Port: 53}`) stands for its IP
    if (q && /^net\.(?:IPAddr|UDPAddr|TCPAddr)$/.test(q)) {
      const ip = v.entries?.find(([k]) => k === 'IP')?.[1] ?? v.items?.[0];
      return ip ? { ...carry(v), s: ip.s, exact: ip.exact } : v;
    }
    if (obj === 'cmd') {
      const p = v.entries?.find(([k]) => k === 'Path')?.[1];
      const a = v.entries?.find(([k]) => k === 'Args')?.[1];
      return this.execCmd(a?.items ? { ...carry(a), items: a.items } : p ?? carry(v), line(n), n.text.split('\n')[0]);
    }
    return v;
  }

  private literalValue(n: SyntaxNode, obj: string | undefined): Val {
    const entries: Array<[string, Val]> = [];
    const items: Val[] = [];
    for (const e of kids(n)) {
      if (e.type === 'keyed_element') {
        const [k, v] = kids(e);
        const kn = k?.type === 'literal_element' ? kids(k)[0] : k;
        const key = kn?.type === 'identifier' || kn?.type === 'field_identifier' ? kn.text : kn ? this.ev(kn).s ?? '?' : '?';
        const vn = v?.type === 'literal_element' ? kids(v)[0] : v;
        const value = vn ? this.ev(vn) : val();
        entries.push([key, value]);
        // a tool's description (an MCP server's tool list) is text the model reads before calling it
        if (/^description$/i.test(key)) this.modelReads(value, e);
      } else {
        const en = e.type === 'literal_element' ? kids(e)[0] : e;
        if (en) items.push(this.ev(en));
      }
    }
    const out = carry(...entries.map(([, v]) => v), ...items);
    return { ...out, obj, entries: entries.length ? entries : undefined, items: items.length ? items : undefined };
  }

  private modelReads(v: Val, at: SyntaxNode): void {
    if (v.s !== undefined && v.s.length >= 60 && !this.described.has(v.s)) {
      this.described.add(v.s);
      this.em.relower('prose', v.s, this.em, line(at));
    }
  }
  private readonly described = new Set<string>();

  /** `pkg.Name` of an import, as `<import path>.Name`; undefined when the operand is not an import. */
  private qualified(text: string): string | undefined {
    const m = /^&?\*?(\w+)\.(\w+)$/.exec(text.trim());
    if (!m) return undefined;
    const p = this.imports.get(m[1]);
    return p && !this.lookup(m[1]) ? `${p}.${m[2]}` : undefined;
  }

  private selector(n: SyntaxNode): Val {
    const operand = n.childForFieldName('operand')!;
    const field = n.childForFieldName('field')?.text ?? '';
    if (operand.type === 'identifier' && this.imports.has(operand.text) && !this.lookup(operand.text)) {
      const q = `${this.imports.get(operand.text)}.${field}`;
      if (q === 'net/http.DefaultClient') return val({ obj: 'client' });
      if (q === 'net.DefaultResolver') return val({ obj: 'resolver' });
      if (/^encoding\/base64\.(?:Std|URL|RawStd|RawURL)Encoding$/.test(q)) return val({ obj: 'enc:base64' });
      if (/^net\/http\.Method(\w+)$/.test(q)) return lit(field.slice(6).toUpperCase());
      if (q === 'os.Args') return val({ s: '${args}' });
      return val();
    }
    const o = this.ev(operand);
    if (o.entries) {
      const hit = o.entries.find(([k]) => k === field);
      if (hit) return hit[1];
    }
    // (an exec.Cmd's Args are its words)
    if (o.obj === 'cmd' && field === 'Args' && o.items) return { ...carry(o), items: o.items };
    if (o.obj === 'req' && field === 'Header') return val({ obj: 'header', path: rootName(operand) });
    if (o.obj === 'req' && field === 'URL') return { ...carry(o), s: o.s, exact: o.exact };
    if (o.obj === 'user' && field === 'HomeDir') return lit('~');
    if (o.obj === 'user' && /^(?:Username|Name|Uid)$/.test(field)) return this.em.read(line(n), n.text, 'host-identity', { path: 'user.Current' });
    if ((o.obj === 'resp' || o.obj === 'conn') && field === 'Body') return { ...carry(o), origin: o.origin };
    return { ...carry(o), origin: o.origin };
  }

  // ---- calls ----

  private call(n: SyntaxNode): Val {
    const fnNode = n.childForFieldName('function')!;
    const argNode = n.childForFieldName('arguments');
    const argNodes = argNode ? kids(argNode) : [];
    const l = line(n);
    const ev = n.text.split('\n')[0];

    if (fnNode.type === 'func_literal') {
      this.lowered.add(fnNode.id);
      return this.runLiteral(fnNode, argNodes.map((a) => this.ev(a)));
    }
    if (fnNode.type === 'parenthesized_expression') return carry(...argNodes.map((a) => this.ev(a)));

    // Library function of an imported package
    if (fnNode.type === 'selector_expression') {
      const operand = fnNode.childForFieldName('operand')!;
      const method = fnNode.childForFieldName('field')?.text ?? '';
      if (operand.type === 'identifier' && this.imports.has(operand.text) && !this.lookup(operand.text)) {
        const pkg = this.imports.get(operand.text)!;
        // callbacks given to a walk get the walked paths
        if (/^(?:path\/filepath\.(?:Walk|WalkDir)|io\/fs\.WalkDir)$/.test(`${pkg}.${method}`)) {
          const rootArg = argNodes[pkg === 'io/fs' ? 1 : 0];
          const root = rootArg ? this.ev(rootArg) : val();
          const listing = this.em.listDir(root, l, ev);
          const cb = argNodes[argNodes.length - 1];
          const entry = this.element(listing);
          if (cb?.type === 'func_literal') {
            this.lowered.add(cb.id);
            this.runLiteral(cb, [entry, { ...carry(entry), obj: 'entry' }]);
          } else if (cb?.type === 'identifier' && this.funcs.has(cb.text)) this.callUser(this.funcs.get(cb.text)!, [entry, carry(entry)], undefined);
          return val();
        }
        const pos = argNodes.map((a) => this.ev(a));
        const lib = this.lib(pkg, method, pos, argNodes, l, ev);
        if (lib) return lib;
        // a package of the same module (`import "example.com/tool/internal/creds"`)
        const cross = this.crossPackage(pkg, method, pos);
        if (cross) return cross;
        return carry(...pos);
      }
      const recv = this.ev(operand);
      const pos = argNodes.map((a) => this.ev(a));
      const r = recv.obj ?? '';
      if (LIB_OBJ.has(r)) {
        const out = this.libMethod(r, recv, method, pos, argNodes, rootName(operand), l, ev);
        if (out) return out;
      }
      // `c.httpClient.Do(req)`, `t.RoundTrip(req)`: a request built here sent by a client held in a field or a parameter
      if (/^(?:Do|RoundTrip)$/.test(method) && pos[0]?.obj === 'req' && !this.methods.has(method)) {
        const out = this.libMethod('client', val({ obj: 'client' }), 'Do', pos, argNodes, undefined, l, ev);
        if (out) return out;
      }
      // `r.LookupTXT(ctx, name)` on a `net.Resolver` (a custom one dials the resolver it names): a DNS query for the
      // name, the last argument whatever the method.
      if (/^Lookup(?:TXT|Host|IP|IPAddr|NetIP|CNAME|MX|NS|Addr|SRV)$/.test(method) && !this.methods.has(method) && pos.length) {
        return withErr(this.em.dnsLookup(pos[pos.length - 1], l, ev));
      }
      const user = this.methods.get(method);
      if (user && !LIB_OBJ.has(r)) return this.callUser(user, spreadLast(pos, argNodes), recv);
      if (!LIB_OBJ.has(r)) {
        const sib = this.crossSibling(method, pos, recv, true);
        if (sib) return sib;
      }
      // generic writers (`w.Write(d)` on a user writer): data flows into the receiver
      if (/^(?:Write|WriteString|WriteByte|WriteRune)$/.test(method)) {
        const name = rootName(operand);
        if (name) this.flowInto(name, carry(...pos), l, ev);
        return val();
      }
      if (/^(?:String|Bytes|Text|Encode)$/.test(method)) return pass(recv);
      return carry(recv, ...pos);
    }

    const pos = argNodes.map((a) => this.ev(a));
    if (fnNode.type === 'identifier') {
      const name = fnNode.text;
      const bound = this.lookup(name);
      if (bound?.fn) {
        const lit_ = this.literals.get(bound.fn);
        if (lit_) return this.runLiteral(lit_, pos);
        const f = this.funcs.get(bound.fn);
        // (`f(xs...)`: a variadic parameter holds the slice's items)
        if (f) return this.callUser(f, spreadLast(pos, argNodes), undefined);
      }
      const f = this.funcs.get(name);
      if (f && !bound) return this.callUser(f, spreadLast(pos, argNodes), undefined);
      if (!bound && !BUILTINS.has(name)) {
        const sib = this.crossSibling(name, pos, undefined, false);
        if (sib) return sib;
      }
      if (name === 'append') {
        const added = spreadLast(pos, argNodes).slice(1);
        return { ...carry(...pos), items: [...(pos[0]?.items ?? []), ...added] };
      }
      if (name === 'string') {
        // (a byte table, `string(u)` after a loop decoded it, is the text its bytes spell)
        const text = pos[0]?.s === undefined ? bytesText(pos[0]?.items) : undefined;
        return pos[0] ? pass(pos[0], text !== undefined ? { s: text, exact: true } : {}) : val();
      }
      if (name === 'new') return this.zero(argNodes[0] ?? null);
    }
    // a conversion to a slice type (`[]byte(hook)`, `[]rune(s)`) is the same text
    if ((fnNode.type === 'slice_type' || fnNode.type === 'array_type') && pos.length === 1) return pass(pos[0]);
    return carry(...pos);
  }

  /** The target's Go packages (folder → the functions, methods and string constants its files define), built once per target. */
  private pkgIndex(): Map<string, GoPackage> | undefined {
    const host = this.em.modules;
    if (!host?.list || !host.memo) return undefined;
    return host.memo('go:packages', () => {
      const out = new Map<string, GoPackage>();
      for (const file of host.list!()) {
        if (!/\.go$/i.test(file) || /_test\.go$/i.test(file)) continue;
        const text = host.text(file) ?? '';
        const dir = posix.dirname(file);
        let pkg = out.get(dir);
        if (!pkg) out.set(dir, (pkg = { funcs: new Map(), methods: new Map(), consts: [] }));
        for (const m of text.matchAll(/^func[ \t]+(\w+)[ \t]*[([]/gm)) if (!pkg.funcs.has(m[1])) pkg.funcs.set(m[1], file);
        for (const m of text.matchAll(/^func[ \t]*\([^)\n]*\)[ \t]*(\w+)[ \t]*[([]/gm)) pkg.methods.set(m[1], [...(pkg.methods.get(m[1]) ?? []), file]);
        for (const [name, s] of goStringConsts(text)) pkg.consts.push([name, s, file]);
      }
      return out;
    });
  }

  /** A function another .go file of this folder (the same package) defines, lowered there. */
  private crossSibling(fn: string, pos: Val[], recv: Val | undefined, method: boolean): Val | undefined {
    const host = this.em.modules;
    const pkg = this.follow ? this.pkgIndex()?.get(posix.dirname(this.em.file)) : undefined;
    if (!host || !pkg) return undefined;
    const files = method ? pkg.methods.get(fn) ?? [] : [pkg.funcs.get(fn)].filter((f): f is string => !!f);
    for (const file of files) {
      if (file === this.em.file) continue;
      const kw = new Map<string, Val>();
      if (recv) kw.set('#recv', recv);
      const r = host.call('go', file, fn, pos, kw, this.em);
      if (r) return r;
    }
    return undefined;
  }

  /** `pkg.Fn()` of an imported package whose folder is in the target (same module). */
  private crossPackage(importPath: string, fn: string, pos: Val[]): Val | undefined {
    const host = this.em.modules;
    const index = this.follow && /^[A-Z]\w*$/.test(fn) && importPath.includes('/') ? this.pkgIndex() : undefined;
    if (!host || !index) return undefined;
    for (const [dir, pkg] of index) {
      if (dir === '.' || !(importPath === dir || importPath.endsWith('/' + dir))) continue;
      const file = pkg.funcs.get(fn);
      const r = file ? host.call('go', file, fn, pos, new Map(), this.em) : undefined;
      if (r) return r;
    }
    return undefined;
  }

  private lib(pkg: string, fn: string, pos: Val[], argNodes: SyntaxNode[], l: number, ev: string): Val | undefined {
    const a0 = pos[0];
    const q = `${pkg}.${fn}`;
    // MCP SDKs' tool options (`mcp.WithDescription(…)`): a description the model reads
    if (fn === 'WithDescription' && a0 && argNodes[0]) this.modelReads(a0, argNodes[0]);
    switch (q) {
      // ---- files ----
      case 'os.ReadFile':
      case 'io/ioutil.ReadFile':
        return withErr(this.em.readFile(a0 ?? val(), l, ev));
      case 'os.Open':
        return withErr({ ...this.em.readFile(a0 ?? val(), l, ev), obj: 'file', path: a0?.s });
      case 'os.OpenFile': {
        const flags = argNodes[1]?.text ?? '';
        if (/O_WRONLY|O_RDWR|O_CREATE|O_APPEND|O_TRUNC/.test(flags)) return withErr({ ...carry(a0), obj: 'wfile', path: a0?.s ?? '${computed}', writing: true });
        return withErr({ ...this.em.readFile(a0 ?? val(), l, ev), obj: 'file', path: a0?.s });
      }
      case 'os.Create':
        return withErr({ ...carry(a0), obj: 'wfile', path: a0?.s ?? '${computed}', writing: true });
      case 'os.WriteFile':
      case 'io/ioutil.WriteFile':
        return this.em.writeFile(a0 ?? val(), pos[1] ? pass(pos[1]) : val(), l, ev);
      case 'os.ReadDir':
      case 'io/ioutil.ReadDir':
      case 'path/filepath.Glob':
      case 'os.DirFS':
        return withErr(this.em.listDir(a0 ?? val(), l, ev));
      case 'io.ReadAll':
      case 'io/ioutil.ReadAll':
        return withErr(a0 ? { ...carry(a0), s: a0.obj ? undefined : a0.s, origin: a0.origin } : val());
      case 'io.Copy':
      case 'io.CopyN':
      case 'io.CopyBuffer': {
        const dst = argNodes[0] ? rootName(argNodes[0]) : undefined;
        if (dst) this.flowInto(dst, carry(pos[1]), l, ev);
        return withErr(val());
      }
      case 'bufio.NewReader':
      case 'bufio.NewScanner':
        return a0?.obj === 'conn' ? { ...carry(a0), obj: 'conn-r', host: a0.host } : a0 ? { ...carry(a0), s: a0.s, obj: a0.obj === 'file' ? 'file' : undefined, path: a0.path, origin: a0.origin } : val();
      case 'bufio.NewWriter': {
        const dst = argNodes[0] ? rootName(argNodes[0]) : undefined;
        return val({ obj: 'buf', path: dst });
      }
      case 'os.Remove':
        return this.em.remove(a0 ?? val(), false, l, ev);
      case 'os.RemoveAll':
        return this.em.remove(a0 ?? val(), true, l, ev);
      case 'os.UserHomeDir':
        return withErr(lit('~'));
      case 'os.UserConfigDir':
        return withErr(lit('~/.config'));
      case 'os.UserCacheDir':
        return withErr(lit('~/.cache'));
      case 'os.TempDir':
        return val({ s: '%TEMP%' });
      case 'os.Getwd':
        return withErr(val({ s: '${cwd}' }));
      case 'os.Executable':
        return withErr(val({ s: '${__file__}', self: true }));
      case 'os.Hostname':
        return withErr(this.em.read(l, ev, 'host-identity', { path: 'os.Hostname' }));
      case 'os/user.Current':
        return withErr(val({ obj: 'user' }));
      case 'os.Getenv':
        return this.envRead(a0, l, ev);
      case 'os.LookupEnv':
        return withErr(this.envRead(a0, l, ev));
      case 'os.Environ':
        return this.em.read(l, ev, 'env-secrets', { path: 'os.Environ' });
      case 'os.ExpandEnv':
        return a0 ? { ...pass(a0), s: a0.s?.replace(/^\$\{?HOME\}?/, '~') } : val();
      case 'path/filepath.Join':
      case 'path.Join': {
        const parts = spreadLast(pos, argNodes);
        return { ...carry(...pos), s: joinPaths(parts.map((p) => textOf(p, 'p'))), exact: parts.every((p) => p.exact) };
      }
      case 'path/filepath.Abs':
        return withErr(a0 ? pass(a0) : val());
      case 'path/filepath.Clean':
      case 'path/filepath.FromSlash':
      case 'path/filepath.ToSlash':
      case 'path.Clean':
        return a0 ? pass(a0) : val();
      case 'path/filepath.Dir':
      case 'path.Dir':
        return a0 ? { ...pass(a0), s: a0.s?.replace(/\/[^/]*$/, ''), self: false } : val();
      case 'path/filepath.Base':
      case 'path.Base':
        return a0 ? pass(a0) : val();
      case 'os.Chmod':
        return val();
      // ---- encoders ----
      case 'encoding/hex.EncodeToString':
      case 'encoding/hex.Dump':
        return this.em.emit('encode', l, ev, { command: 'hex.EncodeToString' }, [a0 ?? val()]).result;
      case 'encoding/hex.DecodeString':
        return withErr(decodeLiteral(a0 ?? val(), 'hex'));
      case 'encoding/base64.NewEncoder': {
        const dst = argNodes[1] ? rootName(argNodes[1]) : undefined;
        return val({ obj: 'encoder', path: dst });
      }
      case 'encoding/json.Marshal':
      case 'encoding/json.MarshalIndent':
      case 'encoding/xml.Marshal':
        return withErr(a0 ? carry(a0) : val());
      case 'encoding/json.Unmarshal': {
        const dst = argNodes[1] ? rootName(argNodes[1]) : undefined;
        if (dst) this.flowInto(dst, carry(a0), l, ev);
        return val();
      }
      case 'encoding/json.NewEncoder': {
        const dst = argNodes[0] ? rootName(argNodes[0]) : undefined;
        return val({ obj: 'buf', path: dst });
      }
      case 'encoding/json.NewDecoder':
        return a0 ? { ...carry(a0), origin: a0.origin } : val();
      case 'compress/gzip.NewWriter':
      case 'compress/gzip.NewWriterLevel':
      case 'compress/zlib.NewWriter':
      case 'compress/zlib.NewWriterLevel':
      case 'compress/flate.NewWriter':
      case 'archive/tar.NewWriter': {
        const dst = argNodes[0] ? rootName(argNodes[0]) : undefined;
        return withErr(val({ obj: 'archive', path: dst }));
      }
      case 'archive/zip.NewWriter': {
        const dst = argNodes[0] ? rootName(argNodes[0]) : undefined;
        return val({ obj: 'zip', path: dst });
      }
      case 'compress/gzip.NewReader':
      case 'compress/zlib.NewReader':
        return withErr(a0 ? pass(a0) : val());
      // ---- strings and bytes ----
      case 'fmt.Sprintf':
      case 'fmt.Errorf': {
        if (a0?.s === undefined) return carry(...pos);
        const args = pos.slice(1);
        let i = 0;
        // (an argument printed as a float or a boolean, `%.2f` of a total, is a number the program computed: what it
        // was computed from is not in the text)
        const carried: Val[] = [a0];
        const s = a0.s.replace(/%[-#0 +]*\d*(?:\.\d+)?([svdqxXtfeEgGT])/g, (_m, verb: string) => {
          const a = args[i++];
          if (a && !/[feEgGt]/.test(verb)) carried.push(a);
          return textOf(a, 'arg');
        });
        carried.push(...args.slice(i));
        return { ...carry(...carried), s, exact: pos.every((p) => p.exact) };
      }
      case 'fmt.Sprint':
      case 'fmt.Sprintln':
        return concat(pos);
      case 'fmt.Fprintf':
      case 'fmt.Fprint':
      case 'fmt.Fprintln': {
        const dst = argNodes[0] ? rootName(argNodes[0]) : undefined;
        if (dst) this.flowInto(dst, carry(...pos.slice(1)), l, ev);
        return withErr(val());
      }
      case 'fmt.Println':
      case 'fmt.Printf':
      case 'fmt.Print':
      case 'log.Println':
      case 'log.Printf':
      case 'log.Fatal':
      case 'log.Fatalf':
        return val();
      case 'strings.Join':
        return a0?.items ? { ...carry(...a0.items), s: a0.items.map((i) => textOf(i)).join(pos[1]?.s ?? ''), exact: a0.items.every((i) => i.exact) && !!pos[1]?.exact } : carry(...pos);
      case 'strings.ToLower':
      case 'strings.ToUpper':
      case 'strings.TrimSpace':
      case 'strings.Trim':
      case 'strings.TrimPrefix':
      case 'strings.TrimSuffix':
      case 'strings.TrimRight':
      case 'strings.TrimLeft':
      case 'strings.ReplaceAll':
      case 'strings.Replace':
        return a0 ? pass(a0, { s: a0.s === undefined ? undefined : fn === 'ToLower' ? a0.s.toLowerCase() : fn === 'ToUpper' ? a0.s.toUpperCase() : fn === 'TrimSpace' ? a0.s.trim() : /^Replace/.test(fn) && pos[1]?.s !== undefined ? a0.s.split(pos[1].s).join(pos[2]?.s ?? '') : a0.s }) : val();
      case 'bytes.NewBuffer':
      case 'bytes.NewBufferString':
      case 'bytes.NewReader':
      case 'strings.NewReader':
        return a0 ? { ...pass(a0), obj: 'buf', origin: a0.origin } : val({ obj: 'buf' });
      case 'net/url.QueryEscape':
      case 'net/url.PathEscape':
        return a0 ? pass(a0) : val();
      case 'net/url.Parse':
        return withErr(a0 ? pass(a0) : val());
      // ---- network ----
      case 'net/http.Get':
      case 'net/http.Head': {
        const u = a0 ?? val();
        const c = carry(u);
        if (c.keys.length || c.secrets.length) this.em.send(u, 'http', l, ev, []);
        return withErr({ ...this.em.fetch(u, l, ev), obj: 'resp' });
      }
      case 'net/http.Post':
        return withErr(this.em.send(a0 ?? val(), 'http', l, ev, [pos[2] ?? val()]));
      case 'net/http.PostForm':
        return withErr(this.em.send(a0 ?? val(), 'http', l, ev, [pos[1] ?? val()]));
      case 'net/http.NewRequest':
      case 'net/http.NewRequestWithContext': {
        const [m, u, body] = fn === 'NewRequest' ? pos : pos.slice(1);
        return withErr({ ...carry(u, body), obj: 'req', s: u?.s, exact: u?.exact, writing: !/^(?:GET|HEAD|)$/i.test(m?.s ?? 'GET') || !!body?.keys.length });
      }
      case 'mime/multipart.NewWriter': {
        const dst = argNodes[0] ? rootName(argNodes[0]) : undefined;
        return val({ obj: 'mp', path: dst });
      }
      case 'net.Dial':
      case 'net.DialTimeout':
      case 'crypto/tls.Dial':
      case 'crypto/tls.DialWithDialer':
        // DialWithDialer(dialer, network, address, config)
        return withErr(val({ obj: 'conn', host: (fn === 'DialWithDialer' ? pos[2] : pos[1])?.s ?? '${host}' }));
      // packet sockets: raw ICMP (`icmp.ListenPacket("ip4:icmp", …)`, `net.ListenPacket("ip4:icmp", …)`) and UDP
      case 'golang.org/x/net/icmp.ListenPacket':
      case 'net.ListenPacket':
      case 'net.ListenIP':
      case 'net.ListenUDP':
      case 'net.DialIP':
        return withErr(val({ obj: /icmp/i.test(a0?.s ?? '') ? 'pconn-icmp' : 'pconn' }));
      case 'net.IPv4': {
        // net.IPv4(198, 51, 100, 29), bytes given as Go integer literals
        const parts = pos.slice(0, 4).map((p) => (p.exact && /^(?:0x[0-9a-f]+|0o?[0-7]+|\d+)$/i.test(p.s ?? '') ? lit(String(Number(p.s!.replace(/^0(?=[0-7])/, '0o')))) : p));
        return concat(parts, '.');
      }
      case 'net.LookupHost':
      case 'net.LookupIP':
      case 'net.LookupAddr':
      case 'net.LookupTXT':
      case 'net.LookupCNAME':
      case 'net.LookupMX':
      case 'net.LookupNS':
      case 'net.ResolveIPAddr':
      case 'net.ResolveTCPAddr':
      case 'net.ResolveUDPAddr':
        return withErr(this.em.dnsLookup(/^Resolve/.test(fn) ? pos[1] : a0, l, ev));
      case 'net/smtp.SendMail':
        return this.em.send(lit(a0?.s ?? '${smtp}'), 'smtp', l, ev, pos.slice(1));
      // ---- running commands ----
      case 'os/exec.Command':
      case 'os/exec.CommandContext': {
        const args = fn === 'Command' ? pos : pos.slice(1);
        // `exec.Command(name, args...)`: a spread slice is its items
        const items = args.flatMap((a, i) => (i === args.length - 1 && argNodes[argNodes.length - 1]?.type === 'variadic_argument' && a.items ? a.items : [a]));
        return { ...this.execCmd({ ...carry(...items), items }, l, ev), obj: 'cmd', items };
      }
      case 'syscall.Exec':
      case 'os.StartProcess':
        return withErr(this.execCmd(pos[1]?.items ? { ...carry(pos[1]), items: pos[1].items } : a0 ?? val(), l, ev));
    }
    return undefined;
  }

  private libMethod(r: string, recv: Val, method: string, pos: Val[], argNodes: SyntaxNode[], recvName: string | undefined, l: number, ev: string): Val | undefined {
    const a0 = pos[0];
    switch (r) {
      case 'enc:base64':
        if (/^(?:EncodeToString|Encode|AppendEncode)$/.test(method)) return this.em.emit('encode', l, ev, { command: 'base64.EncodeToString' }, [method === 'EncodeToString' ? a0 ?? val() : pos[1] ?? a0 ?? val()]).result;
        if (method === 'DecodeString') return withErr(decodeLiteral(a0 ?? val(), 'base64'));
        return undefined;
      case 'file':
        if (/^(?:Read|ReadString|ReadLine|ReadBytes|Text|Bytes|Scan)$/.test(method)) return { ...carry(recv), s: undefined };
        return carry(recv);
      case 'wfile':
      case 'buf':
      case 'archive':
      case 'encoder':
      case 'part':
      case 'conn':
        // (an unnamed one, `json.NewEncoder(zw).Encode(v)`: into the writer it wraps)
        if (/^(?:Write|WriteString|WriteByte|WriteRune|Encode|ReadFrom)$/.test(method) && (recvName || (r !== 'wfile' && r !== 'conn' && recv.path))) {
          this.flowInto(recvName ?? recv.path!, carry(...pos), l, ev);
          return withErr(val());
        }
        if (r === 'buf' && /^(?:String|Bytes)$/.test(method)) return pass(recv);
        if (r === 'conn' && /^(?:Read)$/.test(method)) return this.em.fetch(lit(recv.host ?? '${host}'), l, ev);
        if (r === 'archive' && method === 'WriteHeader') return val();
        return carry(recv);
      case 'pconn':
      case 'pconn-icmp':
        // conn.WriteTo(packet, addr): the packet goes to addr
        if (/^(?:WriteTo|WriteToUDP|WriteToIP|WriteMsgUDP|WriteMsgIP)$/.test(method)) return withErr(this.em.send(pos[method.startsWith('WriteMsg') ? 2 : 1] ?? val(), r === 'pconn-icmp' ? 'icmp' : 'socket', l, ev, [a0 ?? val()]));
        return carry(recv);
      case 'conn-r':
        if (/^(?:ReadString|ReadLine|ReadBytes|Text|Bytes|Scan)$/.test(method)) return withErr(this.em.fetch(lit(recv.host ?? '${host}'), l, ev));
        return carry(recv);
      case 'zip':
        if (/^(?:Create|CreateHeader|CreateRaw)$/.test(method)) return withErr(val({ obj: 'archive', path: recvName }));
        return val();
      case 'mp':
        if (/^(?:CreateFormFile|CreateFormField|CreatePart)$/.test(method)) return withErr(val({ obj: 'part', path: recvName }));
        if (method === 'WriteField' && recvName) {
          this.flowInto(recvName, carry(pos[1]), l, ev);
          return val();
        }
        if (method === 'FormDataContentType') return lit('multipart/form-data');
        return val();
      case 'header':
      case 'values':
        if (/^(?:Set|Add)$/.test(method)) {
          const owner = r === 'header' ? recv.path : recvName;
          if (owner) this.flowInto(owner, carry(pos[1]), l, ev);
          return val();
        }
        if (method === 'Encode') return pass(recv);
        return carry(recv);
      case 'req':
        if (/^(?:SetBasicAuth|AddCookie)$/.test(method) && recvName) {
          this.flowInto(recvName, carry(...pos), l, ev);
          return val();
        }
        return carry(recv);
      case 'client':
        if (method === 'Do') {
          const req = a0 ?? val();
          const c = carry(req);
          const sent = req.writing || c.keys.length || c.secrets.length ? this.em.send(req, 'http', l, ev, [req]) : undefined;
          return withErr({ ...carry(sent, this.em.fetch(lit(req.s ?? ''), l, ev)), obj: 'resp', origin: 'downloaded' });
        }
        if (method === 'Post') return withErr(this.em.send(a0 ?? val(), 'http', l, ev, [pos[2] ?? val()]));
        if (method === 'PostForm') return withErr(this.em.send(a0 ?? val(), 'http', l, ev, [pos[1] ?? val()]));
        if (method === 'Get' || method === 'Head') return this.lib('net/http', method, pos, argNodes, l, ev);
        return val({ obj: 'client' });
      case 'resolver':
        if (/^Lookup\w+$/.test(method)) return withErr(this.em.dnsLookup(pos[1] ?? a0, l, ev));
        return val();
      case 'cmd':
        if (/^(?:Output|CombinedOutput)$/.test(method)) return withErr({ ...carry(recv) });
        return val();
      case 'listing':
        return pass(recv, { obj: 'listing' });
      case 'user':
        return val();
    }
    return undefined;
  }

  /** Data written into a writer variable: through archive/encode effects to the writer it wraps, into files and sockets. */
  private flowInto(name: string, data: Val, l: number, ev: string, depth = 0): void {
    if (depth > 6) return;
    const v = this.lookup(name);
    let out = data;
    if (v?.obj === 'archive') out = this.em.emit('archive', l, ev, { path: v.path }, [data]).result;
    else if (v?.obj === 'encoder') out = this.em.emit('encode', l, ev, { command: 'base64.NewEncoder' }, [data]).result;
    else if (v?.obj === 'wfile') {
      this.em.writeFile(lit(v.path ?? '${computed}'), data, l, ev);
      return;
    } else if (v?.obj === 'conn') {
      this.em.send(lit(v.host ?? '${host}'), 'socket', l, ev, [data]);
      return;
    }
    this.em.bind(name, out);
    if (v !== undefined) this.setVar(name, { ...v, ...carry(v, { ...out, producers: [] }), obj: v.obj, s: v.s, exact: v.exact, path: v.path, host: v.host, writing: v.writing, entries: v.entries, items: v.items, producers: [] });
    else this.setVar(name, { ...carry(out), producers: [] });
    const parent = v?.path && v.obj && ['mp', 'part', 'zip', 'archive', 'encoder', 'buf'].includes(v.obj) ? v.path : undefined;
    if (parent && parent !== name) this.flowInto(parent, out, l, ev, depth + 1);
  }

  // ---- effect helpers ----

  private envRead(name: Val | undefined, l: number, ev: string): Val {
    if (!name?.s || !name.exact) return carry(name);
    const { text, pathBase } = envText(name.s);
    const cls = pathBase ? undefined : classifyEnvName(name.s);
    if (!cls) return val({ s: text, exact: pathBase && text === '~' ? true : undefined });
    return { ...this.em.read(l, ev, cls, { path: name.s }), s: text };
  }

  /** A command (a shell) whose standard input is a connection: a remote shell, to the connection's host. */
  private socketCommand(cmd: Val, conn: Val, l: number, ev: string): void {
    const text = (cmd.items ?? []).map((i) => textOf(i)).join(' ');
    // (a program the code computed, a name it decoded at run time, is no less a shell for being hidden)
    if (!/(?:^|\/)(?:ba|z|da|k)?sh\b|\bcmd(?:\.exe)?\b|\bpowershell\b|\bpwsh\b/i.test(text) && !/^\$\{/.test(text.trim())) return;
    const t = conn.host && !conn.host.includes('${') ? hostOfVal(lit(conn.host.replace(/:\d+$/, ''))) : { host: '<computed>', hostClass: 'unknown' as const };
    this.em.emit('exec', l, ev, { command: text.slice(0, 200), origin: 'downloaded', channel: 'socket', host: t.host, hostClass: t.hostClass }, [cmd]);
  }

  private execCmd(v: Val, l: number, ev: string): Val {
    const cmd = v.items ? { ...carry(v), s: v.items.map((i) => (/\s/.test(textOf(i)) ? `"${textOf(i)}"` : textOf(i))).join(' '), exact: v.items.every((i) => i.exact) } : v;
    this.em.exec(l, ev, cmd, originOf(cmd));
    const printed = cmd.s !== undefined ? lowerCommand(this.em, l, cmd) : undefined;
    return { ...carry(printed), obj: 'process' };
  }
}

/** A literal list of at least eight small integers (`[]byte{0x49, 0x56, …}`): data, not configuration. */
function isByteLiteral(v: Val): boolean {
  return (v.items?.length ?? 0) >= 8 && v.items!.every((i) => i.exact && /^(?:0x[0-9a-f]{1,2}|\d{1,3})$/i.test(i.s ?? ''));
}

/** What a function returns over all its `return`s: multiple results merged position by position. */
function mergeReturns(rets: Val[]): Val {
  if (rets.length <= 1) return rets[0] ?? val();
  const one = (vs: Val[]): Val => {
    const withText = vs.find((v) => v.s !== undefined && (v.keys.length || v.secrets.length)) ?? vs.find((v) => v.s !== undefined);
    const withObj = vs.find((v) => v.obj);
    // a list per branch (`switch runtime.GOOS { case …: return []string{…} }`): the items of every branch
    const items = vs.every((v) => v.items) ? vs.flatMap((v) => v.items!) : undefined;
    return { ...carry(...vs), s: withText?.s, exact: withText?.exact, obj: withObj?.obj, path: withObj?.path, host: withObj?.host, entries: vs.find((v) => v.entries)?.entries, items };
  };
  const tuples = rets.filter((r) => r.obj === 'tuple');
  if (!tuples.length) return one(rets);
  const n = Math.max(...tuples.map((t) => t.items?.length ?? 0));
  const items = Array.from({ length: n }, (_, i) => one(tuples.map((t) => t.items?.[i] ?? val())));
  return { ...carry(...rets), obj: 'tuple', items, s: items[0]?.s };
}

/** Package-level string constants of a Go file (`const endpoint = "https://…"`, in `const ( … )` blocks too). */
export function goStringConsts(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const spec = /^[ \t]*(?:(?:const|var)[ \t]+)?([A-Za-z_]\w*)(?:[ \t]+string)?[ \t]*=[ \t]*("(?:[^"\\\n]|\\.)*"|`[^`]*`)[ \t]*(?:\/\/.*)?$/gm;
  const blocks = [...text.matchAll(/^(?:const|var)[ \t]*\(([^)]*)\)/gm)].map((m) => m[1]);
  const singles = [...text.matchAll(/^(?:const|var)[ \t]+[^\n(]*$/gm)].map((m) => m[0]);
  for (const chunk of [...blocks, ...singles]) for (const m of chunk.matchAll(spec)) out.push([m[1], m[2].startsWith('`') ? m[2].slice(1, -1) : unescapeGo(m[2].slice(1, -1))]);
  return out.slice(0, 200);
}

const BUILTINS = new Set(['append', 'len', 'cap', 'make', 'new', 'panic', 'recover', 'print', 'println', 'copy', 'delete', 'close', 'string', 'byte', 'rune', 'int', 'int64', 'uint', 'float64', 'error', 'min', 'max', 'clear', 'complex', 'real', 'imag', 'any', 'bool']);

/** The variable an expression names at its root: `req.Header`, `&buf`, `m["k"]`, `(*w)`. */
function rootName(n: SyntaxNode): string | undefined {
  let c: SyntaxNode | null = n;
  for (let i = 0; c && i < 8; i++) {
    if (c.type === 'identifier') return c.text;
    if (c.type === 'selector_expression' || c.type === 'index_expression') c = c.childForFieldName('operand');
    else if (c.type === 'unary_expression') c = c.childForFieldName('operand');
    else if (c.type === 'parenthesized_expression') c = kids(c)[0] ?? null;
    else return undefined;
  }
  return undefined;
}

function descendants(n: SyntaxNode, type: string): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const walk = (x: SyntaxNode): void => {
    if (x.type === type) out.push(x);
    else for (const c of kids(x)) walk(c);
  };
  walk(n);
  return out;
}

function unescapeGo(s: string): string {
  return s.replace(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([0-7]{3})|(.))/g, (_m, x, u, U, o, c) => {
    if (x) return String.fromCharCode(parseInt(x, 16));
    if (u) return String.fromCharCode(parseInt(u, 16));
    if (U) return String.fromCodePoint(parseInt(U, 16));
    if (o) return String.fromCharCode(parseInt(o, 8));
    return ({ n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v' } as Record<string, string>)[c] ?? c;
  });
}
