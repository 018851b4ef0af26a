/**
 * Ruby scripts lowered to effects, the same way as ./python.ts: `File.read`, `ENV`, `Net::HTTP`,
 * open-uri, `RestClient`/`HTTParty`, backticks/`system`/`exec`/`IO.popen`, `Base64`, `eval`; methods are
 * inlined at their call sites and blocks bind their parameters (`File.open(p, "w") { |f| f.write(x) }`).
 */
import { classifyEnvName } from '../effects/classify.js';
import { lowerCommand } from './command.js';
import { type SyntaxNode, kids } from './runtime.js';
import { type Emitter, type Val, Scope, Branches, hostOfVal, inlineCall, mergeReturned, siblingPath, carry, concat, decodeLiteral, dnsExfilDomain, envText, fileKey, joinPaths, lit, loopItems, normPath, originOf, pass, refVal, stored, textOf, unknown, val } from './values.js';

const MAX_INLINE_DEPTH = 6;
const MAX_INLINES_PER_METHOD = 8;
const MAX_NODES = 400_000;

const line = (n: SyntaxNode): number => n.startPosition.row + 1;

interface RbMethod {
  node: SyntaxNode;
  params: Array<{ name: string; dflt?: SyntaxNode; keyword?: boolean }>;
  inlined: number;
  summary?: Val;
}

/** A Hash's value: what each entry holds, carried, with the entries kept by key. */
function hashVal(entries: Array<[string, Val]>): Val {
  return { ...carry(...entries.map(([, v]) => v)), entries, producers: entries.flatMap(([, v]) => v.producers) };
}

export function lowerRuby(root: SyntaxNode, em: Emitter): void {
  new RubyLowerer(em).program(root);
}

/** A method of a `require_relative`d sibling file called from another file (./index.ts `ModuleHost`). */
export function callRuby(root: SyntaxNode, em: Emitter, fn: string, pos: Val[], kw: Map<string, Val>): Val | undefined {
  return new RubyLowerer(em).callExported(root, fn, pos, kw);
}

class RubyLowerer {
  private readonly methods = new Map<string, RbMethod>();
  private readonly global = new Scope();
  /** The inlining state (`Frames`). */
  scope = this.global;
  depth = 0;
  returns: Val[][] = [];
  private budget = MAX_NODES;
  /** Inside an `if`, `unless` or `case` (its assignments may not run). */
  private readonly branches = new Branches();
  private forked = false;
  /** Sibling files brought in by `require_relative` / `require './x'` / `load`: their methods are callable here. */
  private readonly requires: string[] = [];
  /** A socket became the process's standard streams (a remote shell's set-up). */
  private socketShell?: string;

  constructor(private readonly em: Emitter) {}

  program(root: SyntaxNode): void {
    this.collectMethods(root);
    this.walk(root);
    for (const [name, m] of this.methods) if (m.inlined === 0) this.callUser(name, m, [], new Map());
  }

  /** Called from another file: bind the file's top-level requires and assignments (constants), then inline the method. */
  callExported(root: SyntaxNode, name: string, pos: Val[], kw: Map<string, Val>): Val | undefined {
    this.collectMethods(root);
    const m = this.methods.get(name);
    if (!m) return undefined;
    const top = (n: SyntaxNode): void => {
      for (const c of kids(n)) {
        if (c.type === 'assignment' || c.type === 'operator_assignment' || (c.type === 'call' && /^(?:require_relative|require|load)$/.test(c.childForFieldName('method')?.text ?? ''))) this.ev(c);
        else if (c.type === 'module' || c.type === 'class' || c.type === 'body_statement') top(c);
      }
    };
    top(root);
    return this.callUser(name, m, pos, kw);
  }

  /** Remember a required sibling file of the same target. */
  private requireLocal(method: string, spec: string | undefined): void {
    const host = this.em.modules;
    if (!host || !spec || /\$\{/.test(spec)) return;
    if (method === 'require' && !/^\.\.?\//.test(spec)) return;
    const file = siblingPath(this.em.file, /\.rb$/.test(spec) ? spec : spec + '.rb');
    if (file && file !== this.em.file && host.text(file) !== undefined && !this.requires.includes(file)) this.requires.push(file);
  }

  /** A call of a method defined in a required sibling file, lowered there; undefined when none defines it. */
  private crossCall(method: string, pos: Val[], kw: Map<string, Val>): Val | undefined {
    const host = this.em.modules;
    if (!host || !/^[a-z_]\w*[?!]?$/.test(method)) return undefined;
    const def = new RegExp(`^\\s*def\\s+(?:self\\.)?${method.replace(/[?!]/g, '\\$&')}(?![\\w?!])`, 'm');
    for (const file of this.requires) {
      if (!def.test(host.text(file) ?? '')) continue;
      const r = host.call('ruby', file, method, pos, kw, this.em);
      if (r) return r;
    }
    return undefined;
  }

  private collectMethods(n: SyntaxNode): void {
    if (--this.budget < 0) return;
    if (n.type === 'method' || n.type === 'singleton_method') {
      const name = n.childForFieldName('name')?.text;
      if (name && !this.methods.has(name)) {
        const params: RbMethod['params'] = [];
        const ps = n.childForFieldName('parameters');
        for (const p of (ps ? kids(ps) : [])) {
          if (p.type === 'identifier') params.push({ name: p.text });
          else if (p.type === 'optional_parameter') params.push({ name: p.childForFieldName('name')?.text ?? '_', dflt: p.childForFieldName('value') ?? undefined });
          else if (p.type === 'keyword_parameter') params.push({ name: p.childForFieldName('name')?.text ?? '_', dflt: p.childForFieldName('value') ?? undefined, keyword: true });
          else if (p.namedChild(0)) params.push({ name: p.namedChild(0)!.text });
        }
        this.methods.set(name, { node: n, params, inlined: 0 });
      }
    }
    for (const c of kids(n)) this.collectMethods(c);
  }

  private callUser(name: string, m: RbMethod, pos: Val[], kw: Map<string, Val>): Val {
    if (this.depth >= MAX_INLINE_DEPTH || m.inlined >= MAX_INLINES_PER_METHOD) return carry(m.summary, ...pos, ...kw.values());
    m.inlined++;
    const scope = new Scope(this.global);
    let i = 0;
    // Keyword arguments a method takes no keywords for are one Hash, its last positional argument (Ruby's rule):
    // `post_json('scope-check', host: h, keys: keys)` binds `payload` to { host:, keys: }.
    const keywords = new Set(m.params.filter((p) => p.keyword).map((p) => p.name));
    const loose = [...kw].filter(([k]) => !keywords.has(k));
    const lastPlain = m.params.reduce((at, p, j) => (p.keyword ? at : j), -1);
    if (loose.length && lastPlain >= 0 && pos.length < m.params.slice(0, lastPlain + 1).filter((p) => !p.keyword).length) {
      pos = [...pos, hashVal(loose)];
    }
    for (const p of m.params) {
      let v = p.keyword ? kw.get(p.name) : pos[i++];
      if (!v && p.dflt) v = this.ev(p.dflt);
      scope.set(p.name, v ? stored(this.em, p.name, v) : unknown(p.name));
    }
    const out = mergeReturned(
      inlineCall(this, scope, () => {
        const body = m.node.childForFieldName('body');
        return body ? this.walk(body) : undefined;
      }),
    );
    m.summary ??= carry(out);
    return out;
  }

  private walk(n: SyntaxNode): Val | undefined {
    if (--this.budget < 0) return undefined;
    switch (n.type) {
      case 'method':
      case 'singleton_method':
      case 'comment':
        return undefined;
      case 'return': {
        const v = n.namedChild(0) ? this.ev(n.namedChild(0)!) : val();
        this.returns[this.returns.length - 1]?.push(v);
        return v;
      }
      case 'program':
      case 'body_statement':
      case 'block_body':
      case 'parenthesized_statements':
      case 'then':
      case 'else':
      case 'elsif':
      case 'begin':
      case 'ensure':
      case 'rescue':
      case 'class':
      case 'module':
      case 'if':
      case 'unless':
      case 'while':
      case 'until':
      case 'case':
      case 'when':
      case 'do':
      case 'begin_block':
      case 'end_block': {
        // (an `if`/`unless`/`case` may not run its branch: what it assigns joins what the variable held)
        const conditional = n.type === 'if' || n.type === 'unless' || n.type === 'case';
        return this.branches.within(conditional, () => {
          let last: Val | undefined;
          for (const c of kids(n)) last = this.walk(c) ?? last;
          return last;
        });
      }
      case 'for': {
        const it = this.ev(n.childForFieldName('value') ?? n.namedChild(1)!);
        const pat = n.childForFieldName('pattern');
        const body = n.childForFieldName('body');
        let last: Val | undefined;
        for (const el of loopItems(it, (x) => this.element(x))) {
          if (pat?.type === 'identifier') this.scope.set(pat.text, stored(this.em, pat.text, el));
          last = body ? this.walk(body) : undefined;
        }
        return last;
      }
      default:
        return this.ev(n);
    }
  }

  private element(it: Val): Val {
    if (it.items?.length === 1) return it.items[0];
    return { ...carry(it), s: it.obj === 'listing' ? it.s : it.items?.[0]?.s, obj: it.obj === 'listing' ? 'listing' : undefined };
  }

  private ev(n: SyntaxNode): Val {
    if (--this.budget < 0) return val();
    switch (n.type) {
      case 'string':
      case 'subshell':
      case 'heredoc_body':
      case 'bare_string':
      case 'regex': {
        const v = this.str(n);
        if (n.type === 'subshell') {
          const printed = this.execCmd(v, line(n), n.text);
          return { ...carry(v, printed), origin: undefined };
        }
        return v;
      }
      case 'heredoc_beginning':
        return this.heredocFor(n);
      case 'simple_symbol':
      case 'hash_key_symbol':
        return lit(n.text.replace(/^:/, ''));
      case 'delimited_symbol':
        return this.str(n);
      case 'integer':
      case 'float':
        return lit(n.text);
      case 'true':
      case 'false':
        return lit(n.text);
      case 'nil':
        return val();
      case 'identifier':
        return this.identifier(n);
      case 'instance_variable':
      case 'class_variable':
      case 'global_variable':
      case 'constant': {
        if (n.text === '$0' || n.text === '$PROGRAM_NAME') return val({ s: '${__file__}', self: true });
        if (n.text === 'ENV') return val({ obj: 'env' });
        const bound = this.scope.get(n.text) ?? this.global.get(n.text);
        if (bound) return refVal(this.em, n.text, bound);
        return n.type === 'constant' ? val({ obj: 'const:' + n.text }) : refVal(this.em, n.text, undefined);
      }
      case 'scope_resolution':
        return val({ obj: 'const:' + n.text.replace(/^::/, '') });
      case 'assignment':
        return this.assign(n);
      case 'operator_assignment': {
        const left = n.childForFieldName('left');
        const v = this.ev(n.childForFieldName('right')!);
        if (left) {
          const old = this.scope.get(left.text) ?? this.global.get(left.text);
          this.em.bind(left.text, v);
          const merged = old ? concat([old, { ...v, producers: [] }]) : { ...v, producers: [] };
          this.scope.set(left.text, { ...merged, producers: [] });
        }
        return v;
      }
      case 'binary':
        return this.binary(n);
      case 'call':
        return this.call(n);
      case 'element_reference':
        return this.elementRef(n);
      case 'array':
      case 'string_array':
      case 'symbol_array': {
        const items = named(n).map((c) => this.ev(c));
        return { ...carry(...items), items, producers: items.flatMap((i) => i.producers) };
      }
      case 'hash': {
        const entries: Array<[string, Val]> = [];
        for (const p of named(n)) {
          if (p.type === 'pair') {
            const k = this.ev(p.childForFieldName('key')!);
            entries.push([k.s ?? '?', this.ev(p.childForFieldName('value')!)]);
          } else entries.push(['**', this.ev(p)]);
        }
        return hashVal(entries);
      }
      case 'parenthesized_statements':
      case 'begin':
      case 'block_body':
      case 'body_statement':
        return this.walk(n) ?? val();
      case 'conditional':
      case 'if_modifier':
      case 'unless_modifier':
      case 'while_modifier':
      case 'rescue_modifier': {
        const vs = named(n).map((c) => this.walk(c) ?? val());
        const out = carry(...vs);
        const first = vs.find((v) => v.s !== undefined || v.obj);
        return first ? { ...out, s: first.s, obj: first.obj } : out;
      }
      case 'method':
      case 'singleton_method':
      case 'comment':
        return val();
      case 'self':
        return val({ obj: 'self' });
      default: {
        if (n.type === 'if' || n.type === 'unless' || n.type === 'while' || n.type === 'until' || n.type === 'case' || n.type === 'class' || n.type === 'module') return this.walk(n) ?? val();
        return carry(...named(n).map((c) => this.ev(c)));
      }
    }
  }

  private str(n: SyntaxNode): Val {
    const parts: Val[] = [];
    for (const c of named(n)) {
      if (c.type === 'string_content' || c.type === 'heredoc_content') parts.push(lit(c.text));
      else if (c.type === 'escape_sequence') parts.push(lit(unescapeRb(c.text)));
      else if (c.type === 'interpolation') {
        const e = c.namedChild(0);
        const v = e ? this.walk(e) ?? val() : val();
        parts.push(v.s !== undefined ? v : { ...v, s: '${' + (e?.text ?? 'x').slice(0, 40) + '}' });
      }
    }
    return parts.length ? concat(parts) : lit('');
  }

  /** A heredoc's body follows its statement: the first `heredoc_body` after the opener, a few levels up. */
  private heredocFor(n: SyntaxNode): Val {
    let p: SyntaxNode | null = n.parent;
    for (let i = 0; p && i < 6; i++, p = p.parent) {
      for (const c of kids(p)) {
        if (c.type === 'heredoc_body' && c.startIndex > n.startIndex) {
          const v = this.str(c);
          if (v.s) v.s = v.s.replace(/\n?[ \t]*[A-Za-z_]+[ \t]*$/, '');
          return v;
        }
      }
    }
    return val();
  }

  private identifier(n: SyntaxNode): Val {
    const id = n.text;
    if (id === '__FILE__') return val({ s: '${__file__}', self: true });
    const bound = this.scope.get(id) ?? this.global.get(id);
    if (bound) return refVal(this.em, id, bound);
    const m = this.methods.get(id);
    // a method named alone is called (`files.map { … }` calls `files`), unless it is the method of a call being made
    const methodOfCall = n.parent?.type === 'call' && n.parent.childForFieldName('method')?.startIndex === n.startIndex;
    if (m && !methodOfCall) return this.callUser(id, m, [], new Map());
    if (id === 'fork') {
      this.forked = true;
      return val();
    }
    return refVal(this.em, id, undefined);
  }

  private assign(n: SyntaxNode): Val {
    const left = n.childForFieldName('left');
    const right = n.childForFieldName('right');
    const v = right ? this.ev(right) : val();
    if (!left) return v;
    if (left.type === 'identifier' || left.type === 'instance_variable' || left.type === 'global_variable' || left.type === 'constant' || left.type === 'class_variable') {
      const scope = left.type === 'identifier' ? this.scope : this.global;
      scope.set(left.text, stored(this.em, left.text, this.branches.assigned(scope.get(left.text), v)));
    } else if (left.type === 'call' || left.type === 'element_reference') {
      // `req.body = data`, `h["k"] = data`: the receiver now carries the data
      const recv = left.childForFieldName('receiver') ?? left.childForFieldName('object') ?? left.namedChild(0);
      if (recv && (recv.type === 'identifier' || recv.type === 'instance_variable')) {
        const old = this.scope.get(recv.text) ?? this.global.get(recv.text);
        this.em.bind(recv.text, v);
        const merged = { ...carry(old, { ...v, producers: [] }), obj: old?.obj, s: old?.s, state: old?.state, host: old?.host, entries: old?.entries };
        (this.scope.get(recv.text) || this.scope === this.global ? this.scope : this.global).set(recv.text, merged);
      }
    } else if (left.type === 'left_assignment_list') {
      const targets = named(left);
      targets.forEach((t, i) => {
        if (t.type === 'identifier') this.scope.set(t.text, stored(this.em, t.text, v.items?.[i] ?? carry(v)));
      });
    }
    return v;
  }

  /** `buf << data`, `list.push(x)`: the variable now also holds what was appended. */
  private append(name: string, pos: Val[]): Val {
    const data = carry(...pos);
    this.em.bind(name, data);
    const old = this.scope.get(name) ?? this.global.get(name);
    // the variable as the scope that holds it sees it (a block appending to a string defined before it)
    let at: Scope | undefined = this.scope;
    while (at && !at.has(name)) at = at.parent;
    (at ?? this.scope).set(name, { ...carry(old, { ...data, producers: [] }), items: old?.items ? [...old.items, ...pos] : undefined, producers: [] });
    return val();
  }

  /**
   * `opts[:feeds] << url`, `opts[:feeds].push(url)`: the hash's entry now also holds what was appended (a default added
   * when the user gave none). True when `ref` names an entry of a hash the program built.
   */
  private appendEntry(ref: SyntaxNode, pos: Val[]): boolean {
    const obj = ref.childForFieldName('object') ?? ref.namedChild(0);
    const key = named(ref)[1];
    if (!obj || !key || !/^(?:identifier|instance_variable|global_variable)$/.test(obj.type)) return false;
    const hash = this.scope.get(obj.text) ?? this.global.get(obj.text);
    const k = this.ev(key).s;
    const hit = k === undefined ? undefined : hash?.entries?.find(([name]) => name === k);
    if (!hit) return false;
    hit[1] = { ...carry(hit[1], ...pos), items: [...(hit[1].items ?? []), ...pos], producers: [] };
    return true;
  }

  private binary(n: SyntaxNode): Val {
    const op = n.childForFieldName('operator')?.text;
    const left = n.childForFieldName('left')!;
    const a = this.ev(left);
    const b = this.ev(n.childForFieldName('right')!);
    if (op === '+' || op === '<<') {
      if (op === '<<' && a.obj === 'file' && a.writing) return this.em.writeFile(a, b, line(n), n.text);
      // `data << File.read(p)` appends to the string or array the variable holds
      if (op === '<<' && !a.obj && /^(?:identifier|instance_variable|global_variable)$/.test(left.type)) return { ...this.append(left.text, [b]), ...carry(a, b) };
      if (op === '<<' && !a.obj && left.type === 'element_reference' && this.appendEntry(left, [b])) return carry(a, b);
      return concat([a, b]);
    }
    if (op === '%' && a.s !== undefined) {
      const args = b.items ?? [b];
      let i = 0;
      return { ...carry(a, b), s: a.s.replace(/%[-#0 +]*\d*(?:\.\d+)?[sdifxX]/g, () => textOf(args[i++], 'arg')), exact: a.exact && args.every((x) => x.exact) };
    }
    return carry(a, b);
  }

  private elementRef(n: SyntaxNode): Val {
    const obj = n.childForFieldName('object') ?? n.namedChild(0)!;
    const o = this.ev(obj);
    const args = named(n).slice(1).map((c) => this.ev(c));
    const l = line(n);
    if (o.obj === 'env') return this.envRead(args[0], l, n.text);
    if (o.obj === 'const:Dir') return this.em.listDir(args[0] ?? val(), l, n.text);
    if (o.entries && args[0]?.s !== undefined) {
      const hit = o.entries.find(([k]) => k === args[0].s);
      if (hit) return hit[1];
    }
    if (o.items && args[0]?.exact && /^-?\d+$/.test(args[0].s ?? '')) {
      const i = Number(args[0].s);
      const item = o.items[i < 0 ? o.items.length + i : i];
      if (item) return item;
    }
    return carry(o, ...args);
  }

  private envRead(name: Val | undefined, l: number, ev: string): Val {
    if (!name?.s || !name.exact) return carry(name);
    const { text, pathBase } = envText(name.s);
    const cls = pathBase ? undefined : classifyEnvName(name.s);
    if (!cls) return val({ s: text });
    return { ...this.em.read(l, ev, cls, { path: name.s }), s: text };
  }

  // ---- calls ----

  private call(n: SyntaxNode): Val {
    const recvNode = n.childForFieldName('receiver');
    const method = n.childForFieldName('method')?.text ?? '';
    const argNode = n.childForFieldName('arguments');
    const block = n.childForFieldName('block');
    const pos: Val[] = [];
    const kw = new Map<string, Val>();
    if (argNode)
      for (const a of named(argNode)) {
        if (a.type === 'pair') {
          const k = this.ev(a.childForFieldName('key')!);
          kw.set((k.s ?? '?').replace(/:$/, ''), this.ev(a.childForFieldName('value')!));
        } else if (a.type === 'block_argument') continue;
        else pos.push(this.ev(a));
      }
    const recv = recvNode ? this.ev(recvNode) : undefined;
    const recvName = recvNode && /^(?:identifier|instance_variable|global_variable|constant)$/.test(recvNode.type) ? recvNode.text : undefined;
    const l = line(n);
    const ev = n.text.split('\n')[0];
    const result = this.dispatch(method, recv, recvName, pos, kw, l, ev, n);
    const yielded = block ? this.block(block, method, result, recv) : [];
    // `xs.map { … }`: what the block returns for each element; `xs.select { … }`, `xs.uniq`: the elements themselves
    if (MAPS.test(method) && yielded.length) return { ...carry(result, ...yielded), items: yielded, s: undefined };
    if (KEEPS_ELEMENTS.test(method) && recv?.items && !result.items) return { ...carry(result, recv), items: recv.items, s: undefined };
    // `Net::HTTP.start(…) { |h| h.get(…) }`, `File.open(p) { |f| f.read }`: what the block returns (`new` returns the object)
    if (method !== 'new' && YIELDS_RESULT.test(method) && yielded.length) return yielded[yielded.length - 1]!;
    return result;
  }

  /** Run a block with its parameters bound to what the call yields to it. */
  private block(block: SyntaxNode, method: string, result: Val, recv: Val | undefined): Val[] {
    const params = block.childForFieldName('parameters');
    const yields = YIELDS_RESULT.test(method) ? [result] : loopItems(recv ?? result, (x) => this.element(x));
    const names = params ? named(params).map((p) => p.text.replace(/^[*&]+/, '')) : [];
    const body = block.childForFieldName('body');
    const values: Val[] = [];
    for (const yielded of yields) {
      const saved = this.scope;
      this.scope = new Scope(saved);
      try {
        names.forEach((name, i) => this.scope.set(name, stored(this.em, name, i === 0 ? yielded : carry(yielded))));
        const v = body ? this.walk(body) : undefined;
        if (v) values.push(v);
      } finally {
        this.scope = saved;
      }
    }
    return values;
  }

  private dispatch(method: string, recv: Val | undefined, recvName: string | undefined, pos: Val[], kw: Map<string, Val>, l: number, ev: string, n: SyntaxNode): Val {
    const a0 = pos[0];
    const r = recv?.obj ?? '';
    const user = this.methods.get(method);
    if (!recv && /^(?:require_relative|require|load)$/.test(method)) this.requireLocal(method, a0?.s);
    if (!user && (!recv || r === 'self') && this.requires.length) {
      const cross = this.crossCall(method, pos, kw);
      if (cross) return cross;
    }
    if (user && (!recv || r === 'self' || (!r.startsWith('const:') && !LIB_RECEIVERS.has(r)))) {
      if (!recv || r === 'self' || !LIB_METHODS.has(method)) return this.callUser(method, user, pos, kw);
    }

    // ---- files and paths ----
    if (r === 'const:File' || r === 'const:IO' || r === 'const:Pathname') {
      if (/^(?:read|binread|readlines|foreach)$/.test(method)) return this.em.readFile(a0 ?? val(), l, ev);
      if (/^(?:write|binwrite)$/.test(method)) return this.em.writeFile(a0 ?? val(), pos[1] ?? val(), l, ev);
      if (method === 'open' || method === 'new') {
        const mode = pos[1]?.s ?? kw.get('mode')?.s ?? 'r';
        if (/[wa+]/.test(mode)) return { ...carry(a0), obj: 'file', path: a0?.s ?? '${computed}', writing: true };
        if (/^https?:\/\//.test(a0?.s ?? '') || /^\|/.test(a0?.s ?? '')) return this.openUri(a0!, l, ev);
        return { ...this.em.readFile(a0 ?? val(), l, ev), obj: 'file', path: a0?.s };
      }
      if (method === 'expand_path' || method === 'absolute_path' || method === 'realpath') return a0 ? { ...pass(a0), s: a0.s !== undefined ? normPath(a0.s) : undefined } : val();
      if (method === 'join') return { ...carry(...pos), s: joinPaths(pos.map((p) => textOf(p, 'p'))), exact: pos.every((p) => p.exact) };
      if (method === 'dirname') return a0 ? { ...pass(a0), s: a0.s?.replace(/\/[^/]*$/, ''), self: false } : val();
      if (/^(?:delete|unlink)$/.test(method)) return this.em.remove(a0 ?? val(), false, l, ev);
      if (method === 'chmod') return this.chmod(a0, l, ev);
      if (r === 'const:IO' && method === 'popen') return this.execCmd(a0 ?? val(), l, ev);
      if (/^(?:exist\??|file\?|directory\?|basename|extname)$/.test(method)) return a0 && method === 'basename' ? pass(a0) : val();
    }
    if (r === 'const:Dir') {
      if (method === 'home') return val({ s: '~', exact: true });
      if (/^(?:glob|entries|children|each_child|\[\])$/.test(method)) return this.em.listDir(a0 ?? val(), l, ev);
      if (method === 'tmpdir') return val({ s: '%TEMP%' });
      if (method === 'pwd') return val({ s: '${cwd}' });
    }
    if (r === 'const:Find' && method === 'find') return this.em.listDir(a0 ?? val(), l, ev);
    if (r === 'const:FileUtils') {
      if (/^(?:cp|cp_r|copy|copy_file|mv|move|install)$/.test(method) && pos.length >= 2) return this.collect(a0, pos[1], l, ev);
      if (/^(?:rm_rf|rm_r|remove_dir|remove_entry|rmtree)$/.test(method)) return this.em.remove(a0 ?? val(), true, l, ev);
      if (/^(?:rm|rm_f|remove|remove_file)$/.test(method)) return this.em.remove(a0 ?? val(), false, l, ev);
      if (method === 'chmod' || method === 'chmod_R') return this.chmod(a0, l, ev);
    }
    if (r === 'file') {
      if (/^(?:read|readlines|each_line|gets)$/.test(method)) return pass(recv!, { obj: undefined });
      if (/^(?:write|puts|print|<<|syswrite)$/.test(method) && recv!.writing) return this.em.writeFile(recv!, carry(...pos), l, ev);
      return carry(recv);
    }
    if (r === 'listing' && /^(?:each|map|select|reject|each_with_index|first|sort|sort_by|reverse|to_a|uniq|take|last)$/.test(method)) return pass(recv!, { obj: 'listing' });
    if (/^(?:const:Zip::File|const:Zip::OutputStream)$/.test(r) && /^(?:open|new|write_buffer)$/.test(method)) return { ...carry(a0), obj: 'archive', path: a0?.s ?? '${archive}', writing: true };
    if (r === 'archive' && /^(?:add|get_output_stream|put_next_entry|write|<<)$/.test(method)) {
      const src = method === 'add' ? pos[1] ?? val() : carry(...pos);
      const read = method === 'add' ? this.em.readFile(src, l, ev) : src;
      return this.em.emit('archive', l, ev, { path: recv!.path, consumes: method === 'add' && src.s !== undefined ? [fileKey(src.s)] : [] }, [read], [fileKey(recv!.path ?? '')]).result;
    }

    // ---- environment and identity ----
    if (r === 'env') {
      if (method === 'fetch' || method === '[]') return this.envRead(a0, l, ev);
      return this.em.read(l, ev, 'env-secrets', { path: 'ENV' });
    }
    if ((r === 'const:Etc' && /^(?:getlogin|getpwuid)$/.test(method)) || (r === 'const:Socket' && method === 'gethostname')) return this.em.read(l, ev, 'host-identity', { path: `${r.slice(6)}.${method}` });

    // ---- encoders and decoders ----
    if (r === 'const:Base64') {
      if (/decode64$/.test(method)) return decodeLiteral(a0 ?? val(), 'base64');
      if (/encode64$/.test(method)) return this.em.emit('encode', l, ev, { command: `Base64.${method}` }, [a0 ?? val()]).result;
    }
    if ((r === 'const:Zlib::Inflate' && method === 'inflate') || (r === 'const:Zlib' && method === 'inflate')) return decodeLiteral(a0 ?? val(), 'zlib');
    if ((r === 'const:Zlib::Deflate' && method === 'deflate') || (r === 'const:Zlib' && /^(?:deflate|gzip)$/.test(method))) return this.em.emit('encode', l, ev, { command: 'Zlib.deflate' }, [a0 ?? val()]).result;
    if (recv && /^(?:unpack1?|unpack)$/.test(method) && /^m/.test(a0?.s ?? '')) return decodeLiteral(recv, 'base64');
    if (recv && method === 'pack' && /^m/.test(a0?.s ?? '')) return this.em.emit('encode', l, ev, { command: 'pack(m)' }, [recv]).result;
    if (recv && method === 'pack' && /^H/.test(a0?.s ?? '') && recv.items?.length === 1) return decodeLiteral(recv.items[0], 'hex');
    // [104, 116, …].pack('c*'): characters from their codes
    if (recv && method === 'pack' && /^[cCU]\*?$/.test(a0?.s ?? '') && recv.items?.length && recv.items.every((i) => i.exact && /^\d+$/.test(i.s ?? ''))) {
      return { ...carry(recv), s: String.fromCodePoint(...recv.items.map((i) => Number(i.s) & (a0!.s!.startsWith('U') ? 0x1fffff : 0xff))), exact: true, origin: 'decoded' };
    }
    if (recv && (method === 'unpack1' || method === 'unpack') && /^H/.test(a0?.s ?? '')) return this.em.emit('encode', l, ev, { command: 'unpack(H)' }, [recv]).result;
    if (/^(?:encrypt|update)$/.test(method) && r === 'cipher') return this.em.emit('encode', l, ev, { command: 'cipher' }, [recv!, ...pos]).result;
    if (r === 'const:OpenSSL::Cipher' && method === 'new') return val({ obj: 'cipher' });

    // ---- strings ----
    if (recv && recv.s !== undefined) {
      if (method === 'reverse') return decodeLiteral(recv, 'reverse');
      if ((method === 'gsub' || method === 'sub' || method === 'tr') && a0?.s !== undefined) return { ...pass(recv), s: recv.s.split(a0.s).join(pos[1]?.s ?? '') };
      if (/^(?:strip|chomp|downcase|upcase|to_s|to_str|freeze|dup|force_encoding|encode|b)$/.test(method)) return { ...pass(recv), s: method === 'downcase' ? recv.s.toLowerCase() : method === 'upcase' ? recv.s.toUpperCase() : method === 'strip' || method === 'chomp' ? recv.s.trim() : recv.s, obj: recv.obj };
    }
    if (recv?.items && method === 'join') return { ...carry(...recv.items), s: recv.items.map((i) => textOf(i)).join(a0?.s ?? ''), exact: recv.items.every((i) => i.exact) };
    if (recv && /^(?:to_json|to_s|inspect|to_a|to_h|to_yaml|dump)$/.test(method) && !recv.obj) return pass(recv);
    // (`JSON.generate(chat_id: c, document: d)`: a hash of keyword arguments is the object)
    if (r === 'const:JSON' && /^(?:generate|dump|pretty_generate)$/.test(method)) return a0 ? pass(a0) : kw.size ? carry(...kw.values()) : val();
    if (recv && /^(?:<<|push|concat|merge!|store|append|unshift)$/.test(method) && recvName) return this.append(recvName, pos);
    if (recv && /^(?:<<|push|append|unshift)$/.test(method) && n.childForFieldName('receiver')?.type === 'element_reference' && this.appendEntry(n.childForFieldName('receiver')!, pos)) return val();

    // ---- network ----
    if (r === 'const:Kernel' || !recv) {
      if (method === 'URI' || method === 'Pathname') return a0 ? { ...pass(a0), obj: method === 'Pathname' ? undefined : 'uri' } : val();
      if (method === 'open' && a0) {
        if (/^https?:\/\//.test(a0.s ?? '')) return this.openUri(a0, l, ev);
        if (/^\|/.test(a0.s ?? '')) return this.execCmd({ ...a0, s: a0.s!.slice(1) }, l, ev);
        const mode = pos[1]?.s ?? 'r';
        if (/[wa+]/.test(mode)) return { ...carry(a0), obj: 'file', path: a0.s ?? '${computed}', writing: true };
        return { ...this.em.readFile(a0, l, ev), obj: 'file', path: a0.s };
      }
    }
    if ((r === 'const:URI' && method === 'parse') || (!recv && method === 'URI')) return a0 ? { ...pass(a0), obj: 'uri' } : val();
    if (r === 'const:URI' && method === 'open') return this.openUri(a0 ?? val(), l, ev);
    if (r === 'uri' && /^(?:open|read)$/.test(method)) return this.openUri(recv!, l, ev);
    // a parsed URI's parts (`Net::HTTP.start(uri.host, uri.port)`, `h.post(uri.path, body)`): of its folded text
    if (r === 'uri' && /^(?:host|hostname|path|request_uri|port|scheme)$/.test(method) && recv?.s !== undefined) {
      const part = uriPart(recv.s, method);
      if (part !== undefined) return { ...carry(recv), s: part, exact: recv.exact };
    }
    if (r === 'const:Net::HTTP') {
      if (/^(?:post|post_form|put)$/.test(method)) return this.em.send(a0 ?? val(), 'http', l, ev, pos.slice(1));
      if (/^(?:get|get_response|get_print)$/.test(method)) {
        const c = carry(a0);
        if (c.keys.length || c.secrets.length) this.em.send(a0 ?? val(), 'http', l, ev, []);
        return this.em.fetch(a0 ?? val(), l, ev);
      }
      if (/^(?:new|start)$/.test(method)) return val({ obj: 'http', state: { host: a0?.s ?? a0?.host } });
    }
    if (/^const:Net::HTTP::(?:Post|Put|Patch)$/.test(r) && method === 'new') return { ...carry(a0), obj: 'http-req', s: a0?.s };
    if (/^const:Net::HTTP::(?:Get)$/.test(r) && method === 'new') return { ...carry(a0), obj: 'http-get', s: a0?.s };
    if (r === 'http-req' && /^(?:body=|set_form_data|form_data=|set_form)$/.test(method) && recvName) {
      this.em.bind(recvName, carry(...pos));
      return val();
    }
    if (r === 'http') {
      const host = recv!.state?.host;
      const target = (p: Val | undefined): Val => lit(/^https?:/.test(p?.s ?? '') ? p!.s! : `https://${host ?? '${host}'}${p?.s ?? ''}`);
      if (method === 'request') {
        const req = a0 ?? val();
        if (req.obj === 'http-get') return this.em.fetch(target(req), l, ev);
        return this.em.send(target(req), 'http', l, ev, [req, ...pos.slice(1)]);
      }
      if (/^(?:post|put|patch|send_request)$/.test(method)) return this.em.send(target(a0), 'http', l, ev, pos.slice(1));
      if (method === 'get') return this.em.fetch(target(a0), l, ev);
    }
    if (/^const:(?:RestClient|HTTParty|Faraday|Excon|HTTP|Typhoeus|HTTPClient)$/.test(r) || r === 'rest-client') {
      if (/^(?:post|put|patch)$/.test(method)) return this.em.send(a0 ?? val(), 'http', l, ev, [...pos.slice(1), ...kw.values()]);
      if (/^(?:get|head)$/.test(method)) {
        const c = carry(a0, ...kw.values());
        if (c.keys.length || c.secrets.length) this.em.send(a0 ?? val(), 'http', l, ev, [...kw.values()]);
        return this.em.fetch(a0 ?? val(), l, ev);
      }
    }
    // an array literal's ends (`["/bin/sh", "-i"].first`)
    if (recv?.items?.length && !pos.length && (method === 'first' || method === 'last')) return recv.items[method === 'first' ? 0 : recv.items.length - 1];
    // `$stdin.reopen(sock)` (each standard stream): a shell started after it talks to the socket's far end
    if (method === 'reopen' && a0?.obj === 'socket') {
      this.socketShell = a0.state?.host ?? '';
      return val();
    }
    if ((r === 'const:TCPSocket' || r === 'const:Socket' || r === 'const:UDPSocket') && /^(?:new|open|tcp)$/.test(method)) return val({ obj: 'socket', state: { host: a0?.s } });
    if (r === 'socket') {
      if (/^(?:write|puts|print|send|<<|syswrite)$/.test(method)) return this.em.send(lit(recv!.state?.host ?? '${host}'), 'socket', l, ev, [a0 ?? val()]);
      // What the peer sends is fetched from it: run by a shell, that is remote code from the socket's host.
      if (/^(?:read|gets|recv|readpartial|readline)$/.test(method)) return this.em.fetch(lit(recv!.state?.host ?? '${host}'), l, ev);
    }
    // A resolver object (`Resolv::DNS.new`, `Resolv::DNS.open`) looks names up as the module functions do.
    if (r === 'const:Resolv::DNS' && /^(?:new|open)$/.test(method)) return val({ obj: 'resolver' });
    if ((r === 'const:Resolv' || r === 'const:Addrinfo' || r === 'const:Socket' || r === 'resolver') && /^(?:getaddress|getaddresses|getaddrinfo|gethostbyname|getresource|getresources|each_address|each_resource|tcp)$/.test(method)) {
      const domain = dnsExfilDomain(a0);
      return domain ? this.em.send(lit(domain), 'dns', l, ev, [a0!]) : val();
    }
    if (r === 'const:Net::SMTP' && /^(?:start|new)$/.test(method)) return val({ obj: 'smtp', state: { host: a0?.s } });
    if (r === 'smtp' && /^(?:send_message|send_mail|sendmail)$/.test(method)) return this.em.send(lit(recv!.state?.host ?? '${smtp}'), 'smtp', l, ev, pos);
    if ((r === 'const:Net::SCP' || r === 'const:Net::SFTP') && /^(?:upload!?|start)$/.test(method)) {
      if (method.startsWith('upload')) return this.em.send(lit(a0?.s ?? '${host}'), 'scp', l, ev, [this.em.readFile(pos[2] ?? val(), l, ev)]);
      return val({ obj: 'sftp', state: { host: a0?.s } });
    }
    if (r === 'sftp' && /^upload!?$/.test(method)) return this.em.send(lit(recv!.state?.host ?? '${host}'), 'scp', l, ev, [this.em.readFile(a0 ?? val(), l, ev)]);

    // ---- running code and commands ----
    if (!recv || r === 'const:Kernel' || r === 'const:Process' || r === 'const:IO' || r === 'const:Open3') {
      if (/^(?:system|exec|spawn|popen|capture2e?|capture3|popen2e?|popen3|pipeline|`)$/.test(method)) {
        const cmd = pos.length > 1 || a0?.items ? { ...carry(...pos), items: pos.length > 1 ? pos.filter((p) => !p.entries) : a0!.items } : a0 ?? val();
        const out = this.execCmd(cmd, l, ev);
        if ((method === 'spawn' && /pgroup|new_pgroup/.test(ev)) || /Process\.detach/.test(n.parent?.text ?? '')) this.em.emit('spawn-hidden', l, ev, { command: textOf(cmd, 'cmd').slice(0, 200) }, [cmd]);
        return out;
      }
      if (/^(?:eval|instance_eval|class_eval|module_eval)$/.test(method)) return this.runCode(a0 ?? val(), l, ev);
      if (method === 'fork') {
        this.forked = true;
        return val();
      }
      if (method === 'daemon' && r === 'const:Process') return this.em.emit('spawn-hidden', l, ev, { command: 'Process.daemon' }, []).result;
      if (method === 'setsid' && r === 'const:Process' && this.forked) return this.em.emit('spawn-hidden', l, ev, { command: 'fork+setsid' }, []).result;
      if (method === 'detach' && r === 'const:Process') return this.em.emit('spawn-hidden', l, ev, { command: 'Process.detach' }, []).result;
      if (/^(?:uid=|euid=|setuid|seteuid)$/.test(method) && a0?.s === '0') return this.em.emit('escalate', l, ev, { command: 'setuid(0)' }, []).result;
      if (method === 'require' || method === 'require_relative' || method === 'load') return val();
    }
    if (method === 'eval' && recv?.obj === undefined && recvName === 'binding') return this.runCode(a0 ?? val(), l, ev);
    // A string evaluated in a module, class or object's scope (`Helpers.module_eval(text)`) is code run, whatever
    // the receiver: a block given instead is the program's own code.
    if (recv && /^(?:instance_eval|class_eval|module_eval)$/.test(method) && a0) return this.runCode(a0, l, ev);
    if (r === 'const:Thread' && method === 'new') return val({ obj: 'thread' });

    return carry(recv, ...pos, ...kw.values());
  }

  // ---- effect helpers ----

  private collect(src: Val, dst: Val, l: number, ev: string): Val {
    const r = this.em.readFile(src, l, ev);
    return this.em.emit('collect', l, ev, { path: dst.s, consumes: src.s !== undefined ? [fileKey(src.s)] : [] }, [r], dst.s !== undefined ? [fileKey(dst.s)] : []).result;
  }

  private chmod(mode: Val | undefined, l: number, ev: string): Val {
    if (/^(?:0o?[2467][0-7]{3}|[ugoa]*\+[a-z]*s)$/.test(mode?.s ?? '')) return this.em.emit('escalate', l, ev, { command: 'chmod setuid' }, []).result;
    return val();
  }

  private openUri(u: Val, l: number, ev: string): Val {
    const c = carry(u);
    if (c.keys.length || c.secrets.length) this.em.send(u, 'http', l, ev, []);
    return { ...this.em.fetch(u, l, ev), obj: undefined };
  }

  private runCode(code: Val, l: number, ev: string): Val {
    this.em.exec(l, ev, code, originOf(code));
    if (code.s !== undefined && code.exact && !code.bin) {
      const decoded = code.origin === 'decoded';
      if (decoded) this.em.decodedDepth++;
      try {
        this.em.relower('ruby', code.s, this.em, l);
      } finally {
        if (decoded) this.em.decodedDepth--;
      }
    }
    return val({ origin: code.origin });
  }

  private execCmd(v: Val, l: number, ev: string): Val {
    const cmd = v.items ? { ...carry(v), s: v.items.map((i) => (/\s/.test(textOf(i)) ? `"${textOf(i)}"` : textOf(i))).join(' '), exact: v.items.every((i) => i.exact) } : v;
    if (this.socketShell !== undefined && /\b(?:ba|z|da|k)?sh\b/.test(cmd.s ?? '')) {
      // the shell's standard streams are the socket: a remote shell
      // a computed address (built from codes, reversed) is an unknown host, not one the user configured
      const t = this.socketShell && !this.socketShell.includes('${') ? hostOfVal(lit(this.socketShell)) : { host: '<computed>', hostClass: 'unknown' as const };
      this.em.emit('exec', l, ev, { command: textOf(cmd, 'cmd').slice(0, 200), origin: 'downloaded', channel: 'socket', host: t.host, hostClass: t.hostClass }, [cmd]);
    } else this.em.exec(l, ev, cmd, originOf(cmd));
    const printed = cmd.s !== undefined ? lowerCommand(this.em, l, cmd) : undefined;
    return { ...carry(printed), obj: 'process' };
  }
}

/** Receivers whose methods are library calls, never the script's own method of the same name. */
const LIB_RECEIVERS = new Set(['env', 'file', 'archive', 'http', 'http-req', 'socket', 'smtp', 'sftp', 'uri', 'listing', 'cipher']);
/** Methods that yield their result (a file, a connection, a process) to a block once, and return what the block returns. */
const YIELDS_RESULT = /^(?:open|new|start|popen|capture\w*)$/;
/** Methods whose result is what their block returns per element, and methods whose result holds the receiver's elements. */
const MAPS = /^(?:map|collect|flat_map|collect_concat|filter_map)$/;
const KEEPS_ELEMENTS = /^(?:select|filter|reject|flatten|compact|uniq|sort|sort_by|to_a|reverse|shuffle|first|take|drop|entries)$/;
const LIB_METHODS = new Set(['read', 'write', 'send', 'post', 'get', 'put', 'open', 'close', 'join', 'each', 'map', 'request', 'start', 'puts', 'print']);

function named(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const c of kids(n)) {
    if (c.type !== 'comment') out.push(c);
  }
  return out;
}

function unescapeRb(e: string): string {
  const m = /^\\(?:x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F ]+)\}|([0-7]{1,3})|(.))$/s.exec(e);
  if (!m) return e;
  if (m[1]) return String.fromCharCode(parseInt(m[1], 16));
  if (m[2]) return String.fromCharCode(parseInt(m[2], 16));
  if (m[3]) return m[3].split(' ').filter(Boolean).map((h) => String.fromCodePoint(parseInt(h, 16))).join('');
  if (m[4]) return String.fromCharCode(parseInt(m[4], 8));
  return ({ n: '\n', t: '\t', r: '\r', s: ' ', '0': '\0', e: '\x1b', a: '\x07', b: '\b' } as Record<string, string>)[m[5]] ?? m[5];
}

/** A part of a URL's text (`uri.host`, `uri.path`), when it parses. */
function uriPart(url: string, part: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (part === 'host' || part === 'hostname') return u.hostname;
  if (part === 'path') return u.pathname;
  if (part === 'request_uri') return u.pathname + u.search;
  if (part === 'port') return u.port || (u.protocol === 'https:' ? '443' : '80');
  return u.protocol.replace(/:$/, '');
}
