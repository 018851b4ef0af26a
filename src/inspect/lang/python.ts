/**
 * Python scripts lowered to effects. An abstract interpreter over tree-sitter-python's tree: constants and
 * paths fold (f-strings, `+`, `%`, `.format`, `join`, `os.path.join`, `Path('~') / '.ssh'`, base64/zlib of
 * literals), variables carry linker keys, user functions are inlined at their call sites (bounded) so a
 * helper like `def upload(path): requests.post(URL, files={'f': open(path, 'rb')})` sees its arguments.
 */
import { posix } from 'node:path';
import { SHIPPED_TEXT_FILE, classifyEnvName, mailDomainOf, classifyWriteLocation, persistenceOf } from '../effects/classify.js';
import type { Effect, ExecOrigin, SecretClass } from '../effects/types.js';
import { lowerCommand, lowerScheduled } from './command.js';
import { type SyntaxNode, kids } from './runtime.js';
import {
  type Decoder,
  type Emitter,
  type Val,
  Scope,
  Branches,
  carry,
  concat,
  decodeLiteral,
  dnsExfilDomain,
  envText,
  fileKey,
  inlineCall,
  joinPaths,
  lit,
  foldInt,
  intOf,
  loopItems,
  MAX_LOOP_ITEMS,
  mergeReturned,
  normPath,
  originOf,
  pass,
  refVal,
  secretOfPath,
  siblingPath,
  stored,
  storedParam,
  textOf,
  unknown,
  val,
} from './values.js';

const MAX_INLINE_DEPTH = 6;
const MAX_INLINES_PER_FUNCTION = 8;
const MAX_NODES = 400_000;

interface FnDef {
  node: SyntaxNode;
  params: Array<{ name: string; dflt?: SyntaxNode; kind: 'pos' | 'star' | 'kw' }>;
  inlined: number;
  summary?: Val;
  hasLoop: boolean;
  /** Defined inside another function: its body reads the names of the call it was defined in (a closure). */
  nested?: boolean;
  /** The scope of the call its definition ran in (its closure). */
  closure?: Scope;
  /** A method's first parameter (`self`, `cls`), bound to the instance it is called on when that is known. */
  selfName?: string;
}

const line = (n: SyntaxNode): number => n.startPosition.row + 1;
/** The keyword `callExported` takes the instance a method is called on by (no Python keyword can be spelled so). */
const SELF = '<self>';
/** The interpreter's own site-packages folder, where `.pth` files run at every start. */
const SITE_PACKAGES = '/usr/lib/python3/site-packages';
/** The name `callExported` takes for "the module is imported": its top level runs. */
const IMPORTED = '<import>';

export function lowerPython(root: SyntaxNode, em: Emitter): void {
  new PythonLowerer(em).module(root);
}

/** A sibling module's function called from another file (./index.ts `ModuleHost`): its module-level names bound, its body inlined. */
export function callPython(root: SyntaxNode, em: Emitter, fn: string, pos: Val[], kw: Map<string, Val>): Val | undefined {
  return new PythonLowerer(em).callExported(root, fn, pos, kw);
}

/** What a write call writes: its one argument as it is (a start-up file's or a hook's text, whose commands are lowered), or all of them carried. */
const written = (pos: Val[]): Val => (pos.length === 1 ? pos[0]! : carry(...pos));

class PythonLowerer {
  private readonly aliases = new Map<string, string>();
  private readonly fns = new Map<string, FnDef>();
  private readonly classes = new Map<string, FnDef | undefined>();
  private readonly global = new Scope();
  /** The inlining state (`Frames`). */
  scope = this.global;
  depth = 0;
  returns: Val[][] = [];
  /** What the functions being inlined yield, innermost last: a generator's call is the sequence of them. */
  private yields: Val[][] = [];
  private budget = MAX_NODES;
  /** Inside an `if` (its assignments may not run). */
  private readonly branches = new Branches();
  private forked = false;
  private socketShell = false;
  /** Names imported from sibling modules of the same target: a function (`from ._sync import push_index`) or a module (`import _sync`). */
  private readonly localFns = new Map<string, { file: string; fn: string }>();
  private readonly localMods = new Map<string, string>();
  private readonly imported = new Set<string>();
  /** Folders an archive was unpacked into (`zf.extractall(CACHE)`): a module loaded from one is the archive's code. */
  private readonly unpacked = new Map<string, ExecOrigin>();

  constructor(private readonly em: Emitter) {
    for (const [k, v] of em.pythonGlobals ?? []) this.aliases.set(k, v);
  }

  module(root: SyntaxNode): void {
    this.collectDefs(root, false);
    this.block(root);
    for (const fn of this.fns.values()) if (fn.inlined === 0) this.callUser(fn, [], new Map());
  }

  /**
   * Called from another module: bind what the module defines at its top level (imports, constants, assignments;
   * not its `__main__` block or other calls), then inline the function.
   */
  callExported(root: SyntaxNode, name: string, pos: Val[], kw: Map<string, Val>): Val | undefined {
    this.collectDefs(root, false);
    if (name === IMPORTED) {
      // an import runs the module's top level (`init_runtime()` at the bottom of a helper), not its __main__ block
      for (const c of kids(root)) if (!(c.type === 'if_statement' && /__name__/.test(c.childForFieldName('condition')?.text ?? ''))) this.stmt(c);
      return val();
    }
    // (a method called on an instance of a class this module defines: the instance is `self`, what it holds set again)
    const self = kw.get(SELF);
    if (self) (kw = new Map(kw)).delete(SELF);
    const fn = this.fns.get(name);
    const file = this.em.file;
    const instance = (v: Val): Val => ({ ...v, obj: 'class:' + name, instance: { file, attrs: new Map() } });
    // (a class the module defines, constructed by the importer: its __init__ runs, `Ctx(...)` → `self.sendRequest()`)
    const init = !fn && this.classes.has(name) ? this.classes.get(name) : undefined;
    if (!fn && !init) return this.classes.has(name) ? instance(carry(...pos, ...kw.values())) : undefined;
    for (const c of kids(root)) {
      if (c.type === 'import_statement' || c.type === 'import_from_statement') this.stmt(c);
      // (an optional import: `try: import requests` / `except ImportError: requests = None`)
      else if (c.type === 'try_statement' && /^\s*try\s*:\s*(?:from\s+\S+\s+)?import\b/.test(c.text)) this.stmt(c);
      else if (c.type === 'expression_statement' && /^(?:assignment|augmented_assignment)$/.test(c.namedChild(0)?.type ?? '')) this.stmt(c);
    }
    if (!fn) {
      this.callUser(init!, pos, kw);
      const made = instance(carry(...pos, ...kw.values()));
      this.keptOn(init!, made);
      return made;
    }
    if (!self?.instance || !fn.selfName) return this.callUser(fn, pos, kw);
    for (const [attr, v] of self.instance.attrs) this.global.set(`${fn.selfName}.${attr}`, v);
    const r = this.callUser(fn, pos, kw, self);
    this.keptOn(fn, self);
    return r;
  }

  /** What a method of the module's class kept on `self` (`self.blob = …`), added to the instance's attributes. */
  private keptOn(fn: FnDef, made: Val): void {
    const prefix = `${fn.selfName ?? 'self'}.`;
    for (const [name, v] of this.global.entries()) if (name.startsWith(prefix) && !name.slice(prefix.length).includes('.')) made.instance!.attrs.set(name.slice(prefix.length), v);
  }

  /** The file of a module a script imports, when it is a sibling in the same target (`._sync`, `_sync`, `pkg.mod`, `..util`). */
  private moduleFile(spec: string): string | undefined {
    const host = this.em.modules;
    if (!host) return undefined;
    const level = /^\.*/.exec(spec)![0].length;
    const names = spec.slice(level).split('.').filter(Boolean);
    if (names.some((n) => !host.mayHold(n))) return undefined;
    const bases: string[] = [];
    if (level > 0) bases.push('../'.repeat(level - 1) || '.');
    else {
      // the script's folder first (sys.path[0]), then its ancestors inside the target (a package run from its root)
      let up = '.';
      for (let i = 0; i < 4; i++, up = up === '.' ? '..' : up + '/..') bases.push(up);
      // and the folders the script puts on sys.path beside itself (`sys.path.insert(0, join(dirname(__file__), "..", "vendor"))`)
      bases.push(...sysPathDirs(host.text(this.em.file) ?? ''));
    }
    for (const b of bases) {
      const rel = [b, ...names].join('/');
      for (const cand of names.length ? [rel + '.py', rel + '/__init__.py'] : [rel + '/__init__.py']) {
        const f = siblingPath(this.em.file, cand);
        if (f && f !== this.em.file && host.text(f) !== undefined) return f;
      }
    }
    return undefined;
  }

  /** A call of a function imported from a sibling module, lowered there; undefined when it is not one. */
  private crossCall(fnNode: SyntaxNode, pos: Val[], kw: Map<string, Val>): Val | undefined {
    if (!this.em.modules) return undefined;
    let target: { file: string; fn: string } | undefined;
    if (fnNode.type === 'identifier' && !this.lookup(fnNode.text) && !this.fns.has(fnNode.text)) target = this.localFns.get(fnNode.text);
    else if (fnNode.type === 'attribute') {
      const o = fnNode.childForFieldName('object');
      const file = o && !this.lookup(o.text) ? this.localMods.get(o.text) : undefined;
      const fn = fnNode.childForFieldName('attribute')?.text;
      if (file && fn) target = { file, fn };
    }
    return target ? this.em.modules.call('python', target.file, target.fn, pos, kw, this.em) : undefined;
  }

  // ---- definitions ----

  private collectDefs(node: SyntaxNode, inClass: boolean, inFunction = false): void {
    for (const c of kids(node)) {
      const def = c.type === 'decorated_definition' ? c.childForFieldName('definition') : c;
      if (!def) continue;
      if (def.type === 'function_definition') {
        const name = def.childForFieldName('name')?.text;
        if (name && !this.fns.has(name)) this.fns.set(name, { ...this.fnDef(def, inClass), ...(inFunction ? { nested: true } : {}) });
        const body = def.childForFieldName('body');
        if (body) this.collectDefs(body, false, true);
      } else if (def.type === 'class_definition') {
        const body = def.childForFieldName('body');
        if (body) this.collectDefs(body, true);
        const name = def.childForFieldName('name')?.text;
        if (name) this.classes.set(name, body ? this.initOf(body) : undefined);
      } else if (/^(?:if_statement|try_statement|block|else_clause|elif_clause|except_clause|finally_clause|with_statement|for_statement|while_statement)$/.test(def.type)) {
        this.collectDefs(def, inClass, inFunction);
      }
    }
  }

  private fnDef(def: SyntaxNode, method: boolean): FnDef {
    const params: FnDef['params'] = [];
    const ps = def.childForFieldName('parameters');
    for (const p of (ps ? kids(ps) : [])) {
      if (p.type === 'identifier') params.push({ name: p.text, kind: 'pos' });
      else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') params.push({ name: p.childForFieldName('name')?.text ?? '_', dflt: p.childForFieldName('value') ?? undefined, kind: 'pos' });
      else if (p.type === 'typed_parameter') {
        // (`*args: str`, `**kw: Any`: the splat's name, and its kind)
        const inner = p.namedChild(0);
        const kind = inner?.type === 'list_splat_pattern' ? 'star' : inner?.type === 'dictionary_splat_pattern' ? 'kw' : 'pos';
        params.push({ name: (kind === 'pos' ? inner : inner?.namedChild(0))?.text ?? '_', kind });
      }
      else if (p.type === 'list_splat_pattern') params.push({ name: p.namedChild(0)?.text ?? '_', kind: 'star' });
      else if (p.type === 'dictionary_splat_pattern') params.push({ name: p.namedChild(0)?.text ?? '_', kind: 'kw' });
    }
    const selfName = method && params[0] && /^(?:self|cls)$/.test(params[0].name) ? params.shift()!.name : undefined;
    return { node: def, params, inlined: 0, ...(selfName ? { selfName } : {}), hasLoop: /\bwhile\b/.test(def.childForFieldName('body')?.text ?? '') };
  }

  private initOf(body: SyntaxNode): FnDef | undefined {
    for (const c of namedChildren(body)) {
      const d = c.type === 'decorated_definition' ? c.childForFieldName('definition') : c;
      if (d?.type === 'function_definition' && d.childForFieldName('name')?.text === '__init__') return this.fnDef(d, true);
    }
    return undefined;
  }

  /**
   * A call of a function the script decorates with one of its own decorators (`@timed("profile")`, `@retry`): the
   * decorator runs with the function and the call goes to what it returns (its `wrapper`, which calls the function in
   * turn, and does whatever else it does around it). Undefined when no decorator is the script's own.
   */
  private decoratedCall(name: string, fn: FnDef, pos: Val[], kw: Map<string, Val>): Val | undefined {
    const holder = fn.node.parent;
    if (holder?.type !== 'decorated_definition' || this.decorating.has(name)) return undefined;
    for (const d of namedChildren(holder)) {
      if (d.type !== 'decorator') continue;
      const e = d.namedChild(0);
      // (`@timed("x")` is a factory: its call gives the decorator; `@timed` is the decorator)
      const factory = e?.type === 'call' ? e.childForFieldName('function') : e;
      if (factory?.type !== 'identifier' || !this.fns.has(factory.text) || this.lookup(factory.text)) continue;
      this.decorating.add(name);
      try {
        const deco = e!.type === 'call' ? this.ev(e!) : val({ fn: factory.text });
        const decoFn = deco.fn ? this.fns.get(deco.fn) : undefined;
        if (!decoFn) continue;
        const wrapper = this.callUser(decoFn, [val({ fn: name })], new Map());
        const wrapperFn = wrapper.fn ? this.fns.get(wrapper.fn) : undefined;
        if (wrapperFn && wrapper.fn !== name) return this.callUser(wrapperFn, pos, kw);
      } finally {
        this.decorating.delete(name);
      }
    }
    return undefined;
  }
  /** Functions whose decorators are running: a call of one from inside them is the function itself. */
  private readonly decorating = new Set<string>();

  /** Inline a user function with its arguments bound; returns what it returns. */
  private callUser(fn: FnDef, pos: Val[], kw: Map<string, Val>, self?: Val): Val {
    if (this.depth >= MAX_INLINE_DEPTH || fn.inlined >= MAX_INLINES_PER_FUNCTION || this.returns.length > MAX_INLINE_DEPTH) {
      return carry(fn.summary, ...pos, ...kw.values());
    }
    fn.inlined++;
    // (a nested function sees the names of the call that defined it: it is called from there, or from a thread or a
    // callback that call set up, so the caller's scope stands for the closure)
    const scope = new Scope(fn.nested ? (fn.closure ?? this.scope) : this.global);
    // (an instance built from data, a dataclass's fields: its methods read them through `self`)
    if (fn.selfName && self && (self.keys.length || self.secrets.length)) scope.set(fn.selfName, self);
    let i = 0;
    for (const p of fn.params) {
      let v: Val | undefined;
      if (p.kind === 'star') v = { ...carry(...pos.slice(i)), items: pos.slice(i) };
      else if (p.kind === 'kw') v = carry(...kw.values());
      else v = kw.get(p.name) ?? pos[i++];
      if (!v && p.dflt) v = this.ev(p.dflt);
      scope.set(p.name, v ? storedParam(this.em, p.name, v) : unknown(p.name));
    }
    this.yields.push([]);
    let yielded: Val[] = [];
    let rets: Val[];
    try {
      rets = inlineCall(this, scope, () => {
        const body = fn.node.childForFieldName('body');
        // (a lambda's body is the expression it returns)
        if (body && fn.node.type === 'lambda') return this.ev(body);
        if (body) this.block(body);
      });
    } finally {
      yielded = this.yields.pop() ?? [];
    }
    // A generator's call is the sequence of what it yields (`for name, ext, path in found()` takes each yielded
    // tuple apart), not one value of them.
    const out = yielded.length ? { ...carry(...yielded), items: yielded.slice(0, MAX_LOOP_ITEMS) } : mergeReturned(rets);
    fn.summary ??= carry(out);
    return out;
  }

  // ---- statements ----

  private block(node: SyntaxNode): void {
    for (const c of kids(node)) this.stmt(c);
  }

  private stmt(n: SyntaxNode): void {
    if (--this.budget < 0) return;
    switch (n.type) {
      case 'import_statement':
      case 'import_from_statement':
        return this.importStmt(n);
      case 'function_definition':
      case 'class_definition':
      case 'decorated_definition':
        if (n.type === 'class_definition' || (n.type === 'decorated_definition' && n.childForFieldName('definition')?.type === 'class_definition')) {
          const cls = n.type === 'class_definition' ? n : n.childForFieldName('definition')!;
          const body = cls.childForFieldName('body');
          for (const c of (body ? kids(body) : [])) {
            if (c.type !== 'function_definition' && c.type !== 'decorated_definition') this.stmt(c);
          }
        } else if (this.scope !== this.global) {
          // (a function defined inside a call keeps that call's names: its closure, wherever it is called from; the
          // latest call that defined it, so a thread `_ship(record)` starts sees that call's record)
          const name = (n.type === 'function_definition' ? n : n.childForFieldName('definition'))?.childForFieldName('name')?.text;
          const fn = name ? this.fns.get(name) : undefined;
          if (fn?.nested) fn.closure = this.scope;
        }
        return;
      case 'expression_statement':
        for (const c of kids(n)) this.ev(c);
        return;
      case 'return_statement': {
        const e = n.namedChild(0);
        const v = e ? this.ev(e) : val();
        this.returns[this.returns.length - 1]?.push(v);
        return;
      }
      case 'for_statement': {
        const over = this.ev(n.childForFieldName('right')!);
        // (a loop over a mapping walks its keys)
        const it = dictKeys(over) ? { ...carry(over), items: dictKeys(over) } : over;
        const left = n.childForFieldName('left');
        const body = n.childForFieldName('body');
        for (const el of loopItems(it, (x) => this.element(x))) {
          if (left) this.assign(left, el, n);
          if (body) this.block(body);
        }
        const alt = n.childForFieldName('alternative');
        if (alt) this.block(alt);
        return;
      }
      case 'with_statement': {
        // (an instance of the script's own class as the context: its __enter__ gives what `as` names, its __exit__
        // runs when the block ends, both with the instance as self)
        const exits: Val[] = [];
        for (const c of kids(n)) {
          if (c.type === 'with_clause') {
            for (const item of kids(c)) {
              const value = item.childForFieldName('value') ?? item.namedChild(0);
              if (!value) continue;
              const ctx = this.ev(value.type === 'as_pattern' ? value.namedChild(0)! : value);
              const own = ctx.obj?.startsWith('class:') ? ctx : undefined;
              const entered = own && this.fns.has('__enter__') ? this.callUser(this.fns.get('__enter__')!, [], new Map(), own) : undefined;
              if (own && this.fns.has('__exit__')) exits.push(own);
              if (value.type === 'as_pattern') {
                const target = value.childForFieldName('alias')?.namedChild(0);
                if (target) this.assign(target, entered && (entered.obj || entered.keys.length) ? entered : ctx, value);
              }
            }
          } else this.stmt(c);
        }
        for (const own of exits) this.callUser(this.fns.get('__exit__')!, [val(), val(), val()], new Map(), own);
        return;
      }
      case 'global_statement':
      case 'nonlocal_statement':
      case 'pass_statement':
      case 'break_statement':
      case 'continue_statement':
      case 'comment':
        return;
      case 'block':
      case 'module':
        return this.block(n);
      default:
        if (/_statement$|_clause$|^block$/.test(n.type)) {
          // (an `if` may not run its branch: what it assigns joins what the variable held)
          const conditional = n.type === 'if_statement';
          this.branches.within(conditional, () => {
            for (const c of kids(n)) {
              if (c.type === 'block' || /_statement$|_clause$/.test(c.type)) this.stmt(c);
              else this.ev(c);
            }
          });
          return;
        }
        this.ev(n);
    }
  }

  private importStmt(n: SyntaxNode): void {
    const from = n.type === 'import_from_statement';
    const mod = from ? n.childForFieldName('module_name')?.text ?? '' : '';
    for (let i = 0; i < n.childCount; i++) {
      if (n.fieldNameForChild(i) !== 'name') continue;
      const c = n.child(i)!;
      const name = c.type === 'aliased_import' ? c.childForFieldName('name')?.text ?? '' : c.text;
      const alias = c.type === 'aliased_import' ? c.childForFieldName('alias')?.text ?? name : undefined;
      if (alias !== undefined) this.aliases.set(alias, mod ? `${mod}.${name}` : name);
      else if (mod) this.aliases.set(name, `${mod}.${name}`);
      else this.aliases.set(name.split('.')[0], name.split('.')[0]);
      this.importLocal(from ? mod : undefined, name, alias);
    }
  }

  /** Remember names bound to a sibling module of the target, or to a function defined in one; the module's top level runs. */
  private importLocal(from: string | undefined, name: string, alias: string | undefined): void {
    if (!this.em.modules || !name) return;
    if (from === undefined) {
      const file = this.moduleFile(name);
      if (file) {
        this.localMods.set(alias ?? name, file);
        this.runImported(file);
      }
      return;
    }
    const sub = this.moduleFile(from.endsWith('.') ? from + name : `${from}.${name}`);
    if (sub) {
      this.localMods.set(alias ?? name, sub);
      this.runImported(sub);
      return;
    }
    const file = this.moduleFile(from);
    if (file) {
      this.localFns.set(alias ?? name, { file, fn: name });
      this.runImported(file);
    }
  }

  /** A sibling module's top level, run once by this script's first import of it, reached as this script is. */
  private runImported(file: string): void {
    if (this.imported.has(file) || file === this.em.file) return;
    this.imported.add(file);
    this.em.modules?.call('python', file, IMPORTED, [], new Map(), this.em);
  }

  private assign(target: SyntaxNode, v: Val, at: SyntaxNode): void {
    switch (target.type) {
      case 'identifier':
        // (`requests = None` where the import failed: where the module is installed it is the module that runs)
        if (this.aliases.has(target.text) && at.type === 'assignment' && at.childForFieldName('right')?.type === 'none') return;
        this.scope.set(target.text, stored(this.em, target.text, this.branches.assigned(this.lookup(target.text), v)));
        return;
      case 'attribute': {
        const name = target.text;
        if (/\.daemon$/.test(name) && v.s === 'True') {
          const thread = this.lookup(name.replace(/\.daemon$/, ''));
          if (thread?.fn && this.fns.get(thread.fn)?.hasLoop) this.daemonFlag(at);
        }
        this.global.set(name, stored(this.em, name, v));
        return;
      }
      case 'subscript': {
        const base = target.childForFieldName('value');
        if (!base || base.text === 'os.environ') return;
        const old = this.lookup(base.text);
        const merged = carry(old, v);
        if (old?.entries) merged.entries = old.entries;
        this.em.bind(base.text, v);
        (this.scope.has(base.text) || this.scope === this.global ? this.scope : this.global).set(base.text, { ...merged, producers: [] });
        return;
      }
      case 'pattern_list':
      case 'tuple_pattern':
      case 'list_pattern':
      case 'tuple':
      case 'list':
      case 'expression_list': {
        for (let i = 0; i < target.namedChildCount; i++) this.assign(target.namedChild(i)!, v.items?.[i] ?? carry(v), at);
        return;
      }
      case 'list_splat_pattern':
      case 'parenthesized_expression':
        if (target.namedChild(0)) this.assign(target.namedChild(0)!, v, at);
        return;
      default:
        return;
    }
  }

  private lookup(name: string): Val | undefined {
    return this.scope.get(name) ?? (this.scope !== this.global ? this.global.get(name) : undefined);
  }

  /** One element of an iterable: the item when it is a one-item list, else what the collection carries. */
  private element(it: Val): Val {
    if (it.items?.length === 1) return it.items[0];
    const c = carry(it);
    if (it.items?.length && it.items.every((x) => x.s !== undefined)) c.s = it.items[0].s;
    // (an entry of a folder's listing is a path in it: `prof / "Local Extension Settings"` for `prof in root.iterdir()`)
    else if (it.s !== undefined && it.obj === 'listing') {
      c.s = it.s;
      c.obj = 'path';
    }
    return c;
  }

  // ---- expressions ----

  private ev(n: SyntaxNode): Val {
    if (--this.budget < 0) return val();
    switch (n.type) {
      // a generator's `yield x` (and `yield from g()`) is what calling it gives: a value of what it returns
      case 'yield': {
        const e = n.namedChild(0);
        if (!e) return val();
        const v = this.ev(e);
        // (`yield from g()` yields each of g's)
        const each = /^yield\s+from\b/.test(n.text) && v.items?.length ? v.items : [v];
        (this.yields[this.yields.length - 1] ?? this.returns[this.returns.length - 1])?.push(...each);
        return val();
      }
      case 'string':
        return this.str(n);
      case 'concatenated_string':
        return concat(namedChildren(n).map((c) => this.ev(c)));
      case 'integer':
      case 'float':
        return lit(n.text);
      case 'true':
        return lit('True');
      case 'false':
        return lit('False');
      case 'none':
        return val();
      case 'identifier':
        return this.name(n);
      case 'attribute':
        return this.attribute(n);
      case 'call':
        return this.call(n);
      case 'assignment': {
        const right = n.childForFieldName('right');
        const v = right ? this.ev(right) : val();
        const left = n.childForFieldName('left');
        if (left && right) this.assign(left, v, n);
        return v;
      }
      case 'augmented_assignment': {
        const left = n.childForFieldName('left')!;
        const v = this.ev(n.childForFieldName('right')!);
        const old = left.type === 'identifier' ? this.lookup(left.text) : undefined;
        const merged = old ? concat([refVal(this.em, left.text, old), v]) : v;
        // (`files += [d / "SKILL.md" for d in base.iterdir()]`: a list grown by another keeps its items, a listing's
        // paths among them as one path for each file it lists)
        if (old?.items && n.child(1)?.text === '+=') merged.items = [...old.items, ...(v.items ?? [v.obj === 'listing' ? { ...v, obj: 'path' as const } : v])];
        if (left.type === 'identifier') {
          this.em.bind(left.text, v);
          this.scope.set(left.text, { ...merged, producers: [], keys: merged.keys.filter((k) => k !== this.em.varKey(left.text)) });
        } else this.assign(left, v, n);
        return v;
      }
      case 'named_expression': {
        const v = this.ev(n.childForFieldName('value')!);
        const name = n.childForFieldName('name');
        if (name) this.assign(name, v, n);
        return v;
      }
      case 'binary_operator':
        return this.binary(n);
      case 'subscript':
        return this.subscript(n);
      case 'list':
      case 'tuple':
      case 'set':
      case 'expression_list':
        return this.seq(n);
      case 'dictionary':
        return this.dict(n);
      case 'parenthesized_expression':
      case 'await':
        return n.namedChild(0) ? this.ev(n.namedChild(0)!) : val();
      case 'list_comprehension':
      case 'set_comprehension':
      case 'generator_expression':
      case 'dictionary_comprehension':
        return this.comprehension(n);
      case 'conditional_expression':
      case 'boolean_operator': {
        const vs = namedChildren(n).map((c) => this.ev(c));
        const out = carry(...vs);
        const first = vs.find((v) => v.s !== undefined || v.obj);
        if (first) Object.assign(out, { s: first.s, obj: first.obj, path: first.path, host: first.host });
        return out;
      }
      case 'lambda': {
        // a function as a value (`_ = lambda b: zlib.decompress(base64.b64decode(b[::-1]))`): called where it is called
        const name = `<lambda@${n.startIndex}>`;
        if (!this.fns.has(name)) this.fns.set(name, this.fnDef(n, false));
        return val({ fn: name });
      }
      case 'keyword_argument':
        return this.ev(n.childForFieldName('value')!);
      case 'list_splat':
      case 'dictionary_splat':
        return n.namedChild(0) ? this.ev(n.namedChild(0)!) : val();
      case 'comment':
        return val();
      default: {
        const vs = namedChildren(n).map((c) => this.ev(c));
        return carry(...vs);
      }
    }
  }

  private str(n: SyntaxNode): Val {
    let raw = false;
    let formatted = false;
    const parts: Val[] = [];
    for (const c of kids(n)) {
      if (c.type === 'string_start') {
        raw = /r/i.test(c.text);
        formatted = /f/i.test(c.text);
      }
      // (an f-string's doubled braces are one brace: `${{{{ secrets.X }}}}` writes `${{ secrets.X }}`)
      else if (c.type === 'escape_interpolation') parts.push(lit(c.text.slice(0, 1)));
      else if (c.type === 'string_content') {
        const text = formatted ? c.text.replace(/\{\{/g, '{').replace(/\}\}/g, '}') : c.text;
        parts.push(lit(raw ? text : unescapePy(text)));
      }
      else if (c.type === 'escape_sequence') parts.push(lit(raw ? c.text : unescapePy(c.text)));
      else if (c.type === 'interpolation') {
        const e = c.childForFieldName('expression') ?? c.namedChild(0);
        const v = e ? this.ev(e) : val();
        parts.push(v.s !== undefined ? v : { ...v, s: '${' + (e?.text ?? 'x').slice(0, 40) + '}' });
      }
    }
    if (!parts.length) return lit('');
    return concat(parts);
  }

  private name(n: SyntaxNode): Val {
    const id = n.text;
    if (id === '__file__') return val({ s: '${__file__}', self: true });
    const bound = this.lookup(id);
    if (bound) return refVal(this.em, id, bound);
    const mod = this.aliases.get(id);
    if (mod) return val({ obj: 'mod:' + mod });
    if (this.fns.has(id)) return val({ fn: id });
    // (the builtin handed to map: `map(chr, codes)`, `map(str, octets)`)
    if (id === 'chr' || id === 'str') return val({ obj: 'fnref:' + id });
    return refVal(this.em, id, undefined);
  }

  /** The dotted module path an expression names (`os.path`, `ur.urlopen` -> `urllib.request.urlopen`), if it is one. */
  private qual(n: SyntaxNode): string | undefined {
    if (n.type === 'identifier') {
      if (this.lookup(n.text)) return undefined;
      return this.aliases.get(n.text) ?? (BUILTINS.has(n.text) ? n.text : undefined);
    }
    if (n.type === 'attribute') {
      const o = n.childForFieldName('object');
      const a = n.childForFieldName('attribute')?.text;
      if (!o || !a) return undefined;
      const q = this.qual(o);
      return q ? `${q}.${a}` : undefined;
    }
    return undefined;
  }

  private attribute(n: SyntaxNode): Val {
    const q = this.qual(n);
    const l = line(n);
    if (q === 'os.environ') {
      // `"X" in os.environ`, `env=os.environ` and `env = os.environ` do not read the values; an alias is
      // remembered so that what is later done with it (`json.dumps(env)`, `env["TOKEN"]`) counts.
      const parent = n.parent;
      if (inEnvArgument(n) || parent?.type === 'comparison_operator') return val();
      if (parent?.type === 'assignment' && parent.childForFieldName('right')?.id === n.id) return val({ obj: 'env' });
      if (parent?.type === 'attribute' || parent?.type === 'subscript') return val({ obj: 'env' });
      return this.em.read(l, parent?.text ?? n.text, 'env-secrets', { path: 'os.environ' });
    }
    if (q === 'sys.argv') return val({ obj: 'argv' });
    if (q === 'os.sep') return lit('/');
    if (q) return val({ obj: 'mod:' + q });
    const stored = this.lookup(n.text);
    if (stored) return refVal(this.em, n.text, stored);
    const o = n.childForFieldName('object')!;
    const attr = n.childForFieldName('attribute')?.text ?? '';
    const recv = this.ev(o);
    if (recv.obj === 'path' || recv.obj === 'listing') {
      if (attr === 'parent') return { ...pass(recv), obj: 'path', s: recv.s?.replace(/\/[^/]*$/, '') };
      // a path's last part (its name, its stem): not the path itself (`backup / src.name` is inside backup)
      if (attr === 'name' || attr === 'stem') {
        const last = recv.s?.split('/').pop();
        return pass(recv, { s: last === undefined ? undefined : attr === 'stem' ? last.replace(/\.[^.]*$/, '') : last, path: undefined, obj: undefined });
      }
    }
    if (recv.obj === 'mod:os' && attr === 'environ') return this.em.read(l, n.text, 'env-secrets', { path: 'os.environ' });
    if (/^(?:text|content|body|raw)$/.test(attr)) return pass(recv, { obj: undefined });
    // a parsed argparse namespace: the option's default
    if (!recv.obj && recv.entries) {
      const hit = recv.entries.find(([k]) => k === attr);
      if (hit) return hit[1];
    }
    return { ...carry(recv) };
  }

  private binary(n: SyntaxNode): Val {
    const op = n.childForFieldName('operator')?.text;
    const a = this.ev(n.childForFieldName('left')!);
    const b = this.ev(n.childForFieldName('right')!);
    // (numbers only: '1' + '2' of two strings is '12')
    const texts = [n.childForFieldName('left'), n.childForFieldName('right')].some((x) => x?.type === 'string' || x?.type === 'concatenated_string');
    const folded = op && !texts ? foldInt(op, a, b) : undefined;
    if (folded) return folded;
    // (two sequences joined: `(chunk, tag) + _EDGE`, a name's labels before the zone's)
    if (op === '+' && a.items && b.items) return { ...carry(a, b), items: [...a.items, ...b.items] };
    // (and a known sequence joined to one whose items are unknown, `pre + render(jobs) + post` of a crontab's lines
    // read in: the known items in their places, the unknown one a placeholder among them)
    if (op === '+' && (a.items || b.items) && (a.items || a.s === undefined) && (b.items || b.s === undefined)) return { ...carry(a, b), items: [...(a.items ?? [carry(a)]), ...(b.items ?? [carry(b)])] };
    if (op === '+') return concat([a, b]);
    if (op === '/' && (a.obj === 'path' || b.obj === 'path')) return { ...concat([a, b]), s: joinPaths([textOf(a), textOf(b)]), obj: 'path' };
    if (op === '%' && a.s !== undefined) {
      const args = b.items ?? [b];
      let i = 0;
      const s = a.s.replace(/%[-#0 +]*\d*(?:\.\d+)?[sdrifxX]/g, () => textOf(args[i++], 'arg'));
      return { ...carry(a, b), s, exact: a.exact && args.every((x) => x.exact) };
    }
    return carry(a, b);
  }

  private subscript(n: SyntaxNode): Val {
    const base = n.childForFieldName('value')!;
    const sub = n.childForFieldName('subscript');
    const l = line(n);
    if (this.qual(base) === 'os.environ' && sub) return this.envRead(this.ev(sub), l, n.text);
    const b = this.ev(base);
    if (b.obj === 'env' && sub) return this.envRead(this.ev(sub), l, n.text);
    if (b.obj === 'argv' && sub?.text === '0') return val({ s: '${__file__}', self: true });
    // sys.argv[1]: what the command that ran this script passed it (a shell step's `python3 x.py .hygiene`)
    if (b.obj === 'argv' && sub && /^[1-9]$/.test(sub.text)) return val({ keys: [`arg:${sub.text}@${this.em.file}`] });
    // sys.argv[1:]: every argument
    if (b.obj === 'argv' && sub?.type === 'slice' && /^[1-9]?:$/.test(sub.text.replace(/\s/g, ''))) return val({ keys: [`arg:@@${this.em.file}`] });
    if (sub?.type === 'slice' && /^::\s*-\s*1$/.test(sub.text.replace(/\s/g, '').replace(/^::-1$/, '::-1')) && b.s !== undefined) return decodeLiteral(b, 'reverse');
    const k = sub ? this.ev(sub) : val();
    // files[-1] of a glob: one of the files it lists
    if (b.obj === 'listing' && b.s !== undefined && sub?.type !== 'slice') return { ...this.element(b), keys: [...new Set([...k.keys, ...b.keys])] };
    if (b.entries && k.s !== undefined) {
      const hit = b.entries.find(([key]) => key === k.s);
      if (hit) return { ...hit[1], keys: [...new Set([...hit[1].keys, ...b.keys])] };
    }
    if (b.entries && k.s === undefined) {
      const any = anyEntry(b);
      if (any) return { ...any, keys: [...new Set([...any.keys, ...k.keys])] };
    }
    if (b.items && k.exact && /^-?\d+$/.test(k.s ?? '')) {
      const idx = Number(k.s);
      const item = b.items[idx < 0 ? b.items.length + idx : idx];
      if (item) return { ...item, keys: [...new Set([...item.keys, ...b.keys])] };
    }
    return carry(b, k);
  }

  private seq(n: SyntaxNode): Val {
    // (`["kubectl", *args]`: a splatted list's items are this list's)
    const items = namedChildren(n).flatMap((c) => {
      const v = this.ev(c);
      return c.type === 'list_splat' && v.items ? v.items : [v];
    });
    return { ...carry(...items), items, producers: items.flatMap((i) => i.producers) };
  }

  private dict(n: SyntaxNode): Val {
    const entries: Array<[string, Val]> = [];
    const all: Val[] = [];
    for (const c of namedChildren(n)) {
      if (c.type === 'pair') {
        const k = this.ev(c.childForFieldName('key')!);
        const v = this.ev(c.childForFieldName('value')!);
        entries.push([k.s ?? '?', v]);
        all.push(k, v);
      } else all.push(this.ev(c));
    }
    return { ...carry(...all), entries, producers: all.flatMap((v) => v.producers) };
  }

  /** A comparison of two numbers the lowering folds (`ord(c) >= 0xE0000`): its truth, or undefined. */
  private comparison(n: SyntaxNode | null): boolean | undefined {
    if (n?.type !== 'comparison_operator' || n.namedChildCount !== 2) return undefined;
    const op = n.childForFieldName('operators')?.text ?? n.child(1)?.text;
    const a = intOf(this.ev(n.namedChild(0)!));
    const b = intOf(this.ev(n.namedChild(1)!));
    if (a === undefined || b === undefined) return undefined;
    return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : op === '>=' ? a >= b : op === '==' ? a === b : op === '!=' ? a !== b : undefined;
  }

  private comprehension(n: SyntaxNode): Val {
    // `''.join(chr(c ^ 7) for c in [..])`: a single loop over a literal list folds item by item
    const clauses = namedChildren(n).filter((c) => c.type === 'for_in_clause' || c.type === 'if_clause');
    const body = n.childForFieldName('body');
    // (and one whose conditions compare numbers the loop folds: `chr(ord(c) - 0xE0000) for c in s if ord(c) >= 0xE0000`)
    const conds = clauses.slice(1);
    if (clauses[0]?.type === 'for_in_clause' && conds.every((c) => c.type === 'if_clause') && body && n.type !== 'dictionary_comprehension') {
      const left = clauses[0].childForFieldName('left');
      const it = this.ev(clauses[0].childForFieldName('right')!);
      const src = it.items ?? (it.exact && it.s !== undefined && it.s.length <= 4096 ? [...it.s].map((ch) => lit(ch)) : undefined);
      if (left?.type === 'identifier' && src && src.length <= 4096) {
        // every condition folds first, so no body is evaluated twice when a later one does not
        const kept: Val[] = [];
        let known = true;
        for (const item of src) {
          this.scope.set(left.text, item);
          const keep = conds.map((c) => this.comparison(c.namedChild(0)));
          if (keep.some((k) => k === undefined)) {
            known = false;
            break;
          }
          if (keep.every(Boolean)) kept.push(item);
        }
        if (known) {
          const items = kept.map((item) => {
            this.scope.set(left.text, item);
            return this.ev(body);
          });
          this.scope.set(left.text, stored(this.em, left.text, this.element(it)));
          return { ...carry(it, ...items), items };
        }
      }
      if (left) this.assign(left, this.element(it), clauses[0]);
      const out = this.ev(body);
      return { ...carry(out), items: undefined, obj: out.obj === 'path' ? 'listing' : undefined, s: out.s };
    }
    for (const c of namedChildren(n)) {
      if (c.type === 'for_in_clause') {
        const it = this.ev(c.childForFieldName('right')!);
        const left = c.childForFieldName('left');
        if (left) this.assign(left, this.element(it), c);
      }
    }
    const out = body ? this.ev(body) : val();
    for (const c of namedChildren(n)) if (c.type === 'if_clause') this.ev(c);
    return { ...carry(out), items: undefined, obj: out.obj === 'path' ? 'listing' : undefined, s: out.s };
  }

  // ---- calls ----

  private call(n: SyntaxNode): Val {
    let fnNode = n.childForFieldName('function')!;
    // (`(_)(blob)`: the callee in parentheses is the callee)
    while (fnNode.type === 'parenthesized_expression' && fnNode.namedChild(0)) fnNode = fnNode.namedChild(0)!;
    const argNode = n.childForFieldName('arguments');
    const pos: Val[] = [];
    const kw = new Map<string, Val>();
    const posNodes: SyntaxNode[] = [];
    if (argNode?.type === 'generator_expression') pos.push(this.ev(argNode));
    else if (argNode)
      for (const a of namedChildren(argNode)) {
        if (a.type === 'keyword_argument') kw.set(a.childForFieldName('name')?.text ?? '', this.ev(a.childForFieldName('value')!));
        else if (a.type === 'dictionary_splat') kw.set('**', this.ev(a));
        else if (a.type !== 'comment') {
          posNodes.push(a);
          pos.push(this.ev(a));
        }
      }

    const cross = this.crossCall(fnNode, pos, kw);
    if (cross) return cross;
    let q: string | undefined;
    let recv: Val | undefined;
    let recvName: string | undefined;
    if (fnNode.type === 'identifier') {
      const bound = this.lookup(fnNode.text);
      if (bound?.obj?.startsWith('fnref:')) q = bound.obj.slice(6);
      else if (bound?.fn) q = 'user:' + bound.fn;
      else if (!bound && this.fns.has(fnNode.text) && !this.aliases.has(fnNode.text)) q = 'user:' + fnNode.text;
      else q = this.qual(fnNode) ?? fnNode.text;
    } else if (fnNode.type === 'attribute') {
      q = this.qual(fnNode);
      if (!q) {
        const o = fnNode.childForFieldName('object')!;
        const attr = fnNode.childForFieldName('attribute')?.text ?? '';
        recv = this.ev(o);
        if (o.type === 'identifier' || o.type === 'attribute') recvName = o.text;
        // (a method of a class another module of the target defines: lowered there, the instance as self)
        if (recv.instance && !this.fns.has(attr)) {
          const r = this.em.modules?.call('python', recv.instance.file, attr, pos, new Map([...kw, [SELF, recv]]), this.em);
          if (r) return r;
        }
        if (recv.obj?.startsWith('mod:')) q = `${recv.obj.slice(4)}.${attr}`;
        else if (recv.obj?.startsWith('class:') && this.fns.has(attr)) q = 'user:' + attr;
        else if (recv.obj) q = `${recv.obj}.${attr}`;
        else if ((o.text === 'self' || o.text === 'cls') && this.fns.has(attr)) q = 'user:' + attr;
        else q = '.' + attr;
        if (q.startsWith('.') && this.fns.has(attr) && !LIB_METHODS.has(attr)) q = 'user:' + attr;
      }
    } else {
      const f = this.ev(fnNode);
      if (f.obj?.startsWith('fnref:')) q = f.obj.slice(6);
      else if (f.fn) q = 'user:' + f.fn;
      else return carry(f, ...pos, ...kw.values());
    }
    return this.dispatch(q ?? '?', recv, recvName, pos, kw, n, posNodes);
  }

  /**
   * An environment variable read. A setting's default (`os.environ.get("ARCHIVE_URL", "https://…")`, a state folder
   * under the home) is the program's own value: the user rarely sets it, and what the program does with it is its choice.
   */
  private envRead(name: Val, l: number, ev: string, fallback?: Val): Val {
    if (name.s === undefined || !name.exact) return carry(name);
    const { text, pathBase } = envText(name.s);
    const cls = pathBase ? undefined : classifyEnvName(name.s);
    if (!cls && fallback && (fallback.s !== undefined || fallback.obj)) return fallback;
    // (and so is a file's or folder's location, whatever it locates: `GIT_CREDENTIALS_FILE` defaulting to
    // `~/.git-credentials` names where the store is; what is read from there is judged by that path)
    if (cls && fallback && (fallback.s !== undefined || fallback.obj) && /_(?:FILE|PATH|DIR|HOME|LOCATION)$/i.test(name.s)) return fallback;
    // (a name that sounds secret whose default is an address, `YADISK_OAUTH` = "https://oauth…": an endpoint setting)
    if (cls && fallback?.exact && /^https?:\/\/[^\s]+$/.test(fallback.s ?? '')) return fallback;
    if (!cls) return val({ s: text });
    const r = this.em.read(l, ev, cls, { path: name.s });
    return { ...r, s: text };
  }

  private command(v: Val): Val {
    if (v.items) {
      const words = v.items.map((i) => {
        const t = textOf(i, 'arg');
        return /\s/.test(t) ? '"' + t.replace(/"/g, '\\"') + '"' : t;
      });
      return { ...carry(v), s: words.join(' '), exact: v.items.every((i) => i.exact) };
    }
    return v;
  }

  /** Run a command line; returns what it prints that carries data (stored credentials), if anything. */
  private exec(v: Val, l: number, ev: string): Val | undefined {
    const cmd = this.command(v);
    const origin = this.socketShell && /\b(?:ba|z)?sh\b|cmd\.exe|powershell/.test(cmd.s ?? '') ? 'downloaded' : originOf(cmd);
    this.em.exec(l, ev, cmd, origin);
    return cmd.s !== undefined ? lowerCommand(this.em, l, cmd) : undefined;
  }

  /** A Python file run by path: its code, read (a file an unpacked archive put there is the archive's). */
  private runFile(file: string, via: Val, l: number, ev: string): void {
    const p = normPath(file);
    const from = [...this.unpacked.keys()].find((d) => p.startsWith(`${d}/`));
    const code = this.readFile({ ...carry(via), s: file }, l, ev);
    this.em.exec(l, ev, { ...code, s: `python3 ${file}`, exact: false, keys: [...code.keys, ...(from ? [fileKey(`${from}/*`)] : [])] }, from ? this.unpacked.get(from) : originOf(code));
  }

  private runCode(v: Val, l: number, ev: string): void {
    this.em.exec(l, ev, v, originOf(v));
    if (v.s !== undefined && v.exact && !v.bin) {
      const decoded = v.origin === 'decoded';
      if (decoded) this.em.decodedDepth++;
      const globals = this.em.pythonGlobals;
      this.em.pythonGlobals = this.aliases;
      try {
        this.em.relower('python', v.s, this.em, l);
      } finally {
        this.em.pythonGlobals = globals;
        if (decoded) this.em.decodedDepth--;
      }
    }
  }

  private http(method: string, url: Val | undefined, kw: Map<string, Val>, extra: Val[], l: number, ev: string): Val {
    const payloadKeys = ['data', 'json', 'files', 'params', 'headers', 'auth', 'content', 'body', 'fields', 'cookies'];
    const payload = [...extra, ...payloadKeys.map((k) => kw.get(k)).filter((x): x is Val => !!x)];
    const carried = carry(...payload, ...(url ? [url] : []));
    const upper = method.toUpperCase();
    const hasBody = payload.length > 0 || ['POST', 'PUT', 'PATCH'].includes(upper);
    const target = url ?? kw.get('url') ?? val();
    let out: Val | undefined;
    if ((hasBody && upper !== 'GET') || carried.keys.length || carried.secrets.length) {
      out = this.send(target, 'http', l, ev, payload);
    }
    if (['GET', 'HEAD', 'REQUEST'].includes(upper) || !out) {
      const f = this.fetch(target, l, ev);
      // (a GET asked with the user's credential is an API's answer, as the send beside it is: a URL in it is the
      // service's choice, as a release's asset URL is GitHub's)
      return out?.answeredBy?.authed && f.answeredBy?.host === out.answeredBy.host ? { ...f, answeredBy: { ...f.answeredBy, authed: true } } : f;
    }
    return { ...out, obj: 'response', origin: 'downloaded' };
  }

  private dispatch(q: string, recv: Val | undefined, recvName: string | undefined, pos: Val[], kw: Map<string, Val>, n: SyntaxNode, posNodes: SyntaxNode[]): Val {
    const l = line(n);
    const ev = n.text;
    let a0 = pos[0];
    const all = (): Val => carry(recv, ...pos, ...kw.values());
    const method = q.slice(q.lastIndexOf('.') + 1);

    // argparse: each option's default is the program's own value (`--endpoint`, default a hard-coded host), as the
    // parsed namespace's attribute (`args.endpoint`); what the user passes instead is theirs.
    if (q === 'argparse.ArgumentParser') return val({ obj: 'argparser', entries: [] });
    // An INI file built with configparser (pip.conf, .pypirc, setup.cfg): what `set` puts in is what `write` writes,
    // `[section]` then `key = value` lines, so the settings a later tool reads from it are known.
    if (/^configparser\.(?:Raw|Safe)?ConfigParser$/.test(q)) return val({ obj: 'ini', entries: [] });
    if (recv?.obj === 'ini' && recv.entries) {
      if (method === 'set' && pos.length >= 3) recv.entries.push([`${textOf(pos[0])}\u0000${textOf(pos[1])}`, pos[2]!]);
      if (method === 'write' && a0?.obj === 'file') {
        const sections = new Map<string, string[]>();
        for (const [k, v] of recv.entries) {
          const [sec = '', key = ''] = k.split('\u0000');
          sections.set(sec, [...(sections.get(sec) ?? []), `${key} = ${textOf(v).replace(/\n/g, '\n    ')}`]);
        }
        const text = [...sections].map(([sec, lines]) => `[${sec}]\n${lines.join('\n')}\n`).join('\n');
        return this.em.writeFile(a0, { ...carry(...recv.entries.map(([, v]) => v)), s: text, exact: recv.entries.every(([, v]) => v.exact) }, l, ev);
      }
      return val();
    }
    if (q === 'argparser.add_argument' && recv?.entries) {
      const flag = pos.map((p) => p.s ?? '').find((x) => x.startsWith('--')) ?? pos[0]?.s ?? '';
      const dest = kw.get('dest')?.s ?? flag.replace(/^-+/, '').replace(/-/g, '_');
      const def = kw.get('default');
      if (dest && def) recv.entries.push([dest, def]);
      return val();
    }
    // (an option with no default is what the command passed: `args.password` of `x.py --password P`)
    if (q === 'argparser.parse_args' && recv?.entries) return val({ entries: [...recv.entries], keys: [`arg:@@${this.em.file}`] });
    if (q.startsWith('user:')) {
      const name = q.slice(5);
      const fn = this.fns.get(name)!;
      const r = this.decoratedCall(name, fn, pos, kw) ?? this.callUser(fn, pos, kw, recv?.obj?.startsWith('class:') ? recv : undefined);
      return this.fns.has(name) && /^[A-Z]/.test(name) ? { ...r, obj: 'class:' + name } : r;
    }
    if (this.classes.has(q)) {
      const init = this.classes.get(q);
      if (init) this.callUser(init, pos, kw);
      // (an instance holds what it is built from, what its __init__ keeps on self, or a dataclass's fields)
      return { ...carry(...pos, ...kw.values()), obj: 'class:' + q };
    }
    if (/(?:^|\.)dns\.resolver\.Resolver$/.test(q)) return val({ obj: 'dns-resolver' });
    // json.load of a JSON file the target ships (its settings): the object it holds, so a host or a path it names is
    // the script's own value, not one the user set
    if (/^json\.loads?$/.test(q) && a0) {
      // (or json.loads of its text: `Path(...).read_text()`, `open(...).read()`: the file the text was read from)
      const fnNode = posNodes[0]?.type === 'call' ? posNodes[0].childForFieldName('function') : null;
      const readOf = fnNode?.type === 'attribute' && /^(?:read_text|read_bytes|read)$/.test(fnNode.childForFieldName('attribute')?.text ?? '') ? fnNode.childForFieldName('object') : null;
      const shipped = this.shippedJson(a0) ?? (readOf ? this.shippedJson(this.ev(readOf)) : undefined);
      if (shipped) return shipped;
    }
    // sorted(glob(...)), list(os.scandir(d)), reversed(...): still the listing (its elements are its files)
    if (/^(?:sorted|list|tuple|reversed)$/.test(q) && a0?.obj === 'listing') return { ...carry(...pos, ...kw.values()), s: a0.s, obj: 'listing' };
    // (`enumerate(SEEDS)`, `zip(NAMES, PATHS)`: the known items, each in a pair a loop takes apart)
    if (q === 'enumerate' && a0?.items) return { ...carry(a0), items: a0.items.map((v, i) => ({ ...carry(v), items: [lit(String(i)), v] })) };
    if (q === 'zip' && pos.length >= 2 && pos.every((p) => p.items)) {
      const n = Math.min(...pos.map((p) => p.items!.length));
      return { ...carry(...pos), items: Array.from({ length: n }, (_, i) => ({ ...carry(...pos.map((p) => p.items![i])), items: pos.map((p) => p.items![i]!) })) };
    }
    // (and of a sequence whose items are known, a generator's yields among them: the same items)
    if (/^(?:sorted|list|tuple|reversed)$/.test(q) && pos.length === 1 && a0?.items?.length) return { ...carry(a0), items: a0.items };
    // (a mapping as a sequence is its keys: `for b in list(BROWSERS)`)
    if (/^(?:sorted|list|tuple|reversed|set)$/.test(q) && pos.length === 1 && a0 && dictKeys(a0)) return { ...carry(a0), items: dictKeys(a0) };

    // ---- paths and environment ----
    if (/^(?:os\.path|posixpath|ntpath)\.join$/.test(q)) return { ...carry(...pos), s: joinPaths(pos.map((p) => textOf(p, 'p'))), exact: pos.every((p) => p.exact) };
    if (/^os\.path\.(?:expanduser|expandvars|abspath|normpath|realpath)$/.test(q)) return a0 ? { ...pass(a0), s: a0.s !== undefined ? normPath(a0.s.replace(/^\$HOME\b|^\$\{HOME\}|^%USERPROFILE%/i, '~')) : undefined, obj: a0.obj } : val();
    if (q === 'os.path.dirname') return a0 ? { ...pass(a0), s: a0.s?.replace(/\/[^/]*$/, ''), self: false } : val();
    if (q === 'os.path.basename') return a0 ? { ...pass(a0), s: a0.s?.replace(/^.*[\\/](?=.)/, ''), self: false } : val();
    if (/^os\.path\.(?:exists|isfile|isdir|getsize|getmtime|islink)$/.test(q)) return val();
    if (/(?:^|\.)(?:Path|PurePath|PosixPath|WindowsPath)$/.test(q)) return { ...carry(...pos), s: pos.length ? joinPaths(pos.map((p) => textOf(p, 'p'))) : '.', obj: 'path', exact: pos.every((p) => p.exact) };
    if (/(?:^|\.)Path\.home$/.test(q)) return val({ s: '~', obj: 'path', exact: true });
    if (/(?:^|\.)Path\.cwd$/.test(q) || q === 'os.getcwd') return val({ s: '${cwd}', obj: q === 'os.getcwd' ? undefined : 'path' });
    if (q === 'tempfile.gettempdir' || q === 'tempfile.gettempdirb') return val({ s: '%TEMP%' });
    // (the folders Python reads `.pth` files from at every start: the user's, and the interpreter's)
    if (q === 'site.getusersitepackages') return val({ s: '~/.local/lib/python3/site-packages' });
    if (q === 'site.getsitepackages') return val({ items: [lit(SITE_PACKAGES)] });
    // (`sysconfig.get_paths()["purelib"]`, `get_path("platlib")`: the interpreter's (or the venv's) site-packages)
    if (q === 'sysconfig.get_paths') return val({ entries: ['purelib', 'platlib'].map((k): [string, Val] => [k, lit(SITE_PACKAGES)]) });
    if (q === 'sysconfig.get_path' && /^(?:pure|plat)lib$/.test(a0?.s ?? '')) return lit(SITE_PACKAGES);
    // (`textwrap.dedent(f"""…""")`: the same text, its common indentation removed)
    if ((q === 'textwrap.dedent' || q === 'inspect.cleandoc') && a0) return a0.s === undefined ? carry(a0) : { ...a0, s: dedentText(a0.s) };
    if (q === 'os.getenv' || q === 'os.environ.get' || q === 'os.getenvb') return a0 ? this.envRead(a0, l, ev, pos[1] ?? kw.get('default')) : val();
    if (/^os\.environ\.(?:copy|items|keys|values)$/.test(q) || (q === 'dict' && posNodes[0] && this.qual(posNodes[0]) === 'os.environ')) {
      if (inEnvArgument(n)) return val();
      return this.em.read(l, ev, 'env-secrets', { path: 'os.environ' });
    }
    // d.get("key", default) of a folded mapping (a shipped JSON settings file): the value it holds there
    if (recv?.entries && /^(?:get|setdefault|pop)$/.test(method) && a0?.s !== undefined) {
      const hit = recv.entries.find(([k]) => k === a0.s);
      if (hit) return { ...hit[1], keys: [...new Set([...hit[1].keys, ...recv.keys])] };
    }
    // d.items() / .values() / .keys() of a folded mapping: its pairs, values or keys as a sequence a loop walks
    if (recv?.entries && !recv.obj && /^(?:items|values|keys)$/.test(method) && !pos.length) {
      const each = recv.entries.map(([k, v]): Val => (method === 'keys' ? lit(k) : method === 'values' ? v : { ...carry(v), items: [lit(k), v] }));
      return { ...carry(recv), items: each };
    }
    if (recv?.entries && !recv.obj && method === 'get' && a0 && a0.s === undefined) {
      const any = anyEntry(recv);
      if (any) return any;
    }
    if (recv?.obj === 'env') {
      if (method === 'get' || method === 'setdefault' || method === 'pop') return a0 ? this.envRead(a0, l, ev, pos[1]) : val();
      if (/^(?:copy|items|keys|values)$/.test(method)) return this.em.read(l, ev, 'env-secrets', { path: 'os.environ' });
      return val();
    }
    if (posNodes.length && pos.some((p) => p.obj === 'env') && !/^(?:isinstance|len|id|type|subprocess\.\w+|os\.(?:exec\w*|spawn\w*|posix_spawnp?|popen|system)|asyncio\.create_subprocess_\w+)$/.test(q)) {
      const r = this.em.read(l, ev, 'env-secrets', { path: 'os.environ' });
      pos.forEach((p, i) => {
        if (p.obj === 'env') pos[i] = r;
      });
      a0 = pos[0];
    }
    if (/^(?:getpass\.getuser|os\.getlogin|socket\.gethostname|platform\.node|os\.uname|platform\.uname|socket\.getfqdn)$/.test(q)) return this.em.read(l, ev, 'host-identity', { path: q });
    if (q === 'getpass.getpass') return this.em.read(l, ev, 'user-credentials', { path: 'getpass' });
    if (/^win32cred\.Cred(?:Read|Enumerate)$/.test(q)) return this.em.read(l, ev, 'keychain', { path: q });

    // ---- files ----
    if (/^(?:open|io\.open|codecs\.open|builtins\.open)$/.test(q) || (recv?.obj === 'path' && method === 'open')) {
      const p = recv?.obj === 'path' ? recv : a0;
      const modeV = recv?.obj === 'path' ? (pos[0] ?? kw.get('mode')) : (pos[1] ?? kw.get('mode'));
      const mode = modeV?.s ?? 'r';
      if (!p) return val();
      if (/[wax+]/.test(mode)) return { ...carry(p), obj: 'file', path: p.s ?? '${computed}', writing: true };
      const r = this.readFile(p, l, ev);
      return { ...r, obj: 'file', path: p.s };
    }
    if (recv?.obj === 'file') {
      if (/^(?:read|readlines|readline|__iter__)$/.test(method)) return pass(recv, { obj: undefined });
      if (/^(?:write|writelines)$/.test(method) && recv.writing) return this.em.writeFile(recv, written(pos), l, ev);
      return carry(recv);
    }
    if (recv?.obj === 'path') {
      if (/^(?:read_text|read_bytes)$/.test(method)) return this.readFile(recv, l, ev);
      if (/^(?:write_text|write_bytes)$/.test(method)) return this.em.writeFile(recv, written(pos), l, ev);
      // (`repo.glob(".env*")` lists what the pattern names under the folder)
      if (/^(?:glob|rglob|iterdir)$/.test(method)) return this.em.listDir(method !== 'iterdir' && pos[0]?.s ? { ...recv, s: joinPaths([textOf(recv), pos[0].s]) } : recv, l, ev);
      // (`CFG.with_suffix(f".json.bak-{ts}")` is a backup beside the file, another file: its name changed as asked)
      if ((method === 'with_suffix' || method === 'with_name' || method === 'with_stem') && recv.s !== undefined && a0?.s !== undefined) {
        const [, dir = '', stem = '', ext = ''] = /^(.*?\/?)([^/]*?)(\.[^./]*)?$/.exec(recv.s) ?? [];
        const s = method === 'with_suffix' ? dir + stem + a0.s : method === 'with_stem' ? dir + a0.s + ext : dir + a0.s;
        return { ...carry(recv, a0), s, obj: 'path', exact: recv.exact && a0.exact };
      }
      if (/^(?:expanduser|resolve|absolute|with_suffix|with_name|with_stem)$/.test(method)) return pass(recv, { obj: 'path' });
      if (method === 'joinpath') return { ...carry(recv, ...pos), s: joinPaths([textOf(recv), ...pos.map((p) => textOf(p))]), obj: 'path' };
      if (method === 'unlink' || method === 'rmdir') return this.em.remove(recv, false, l, ev);
      if (/^(?:exists|is_file|is_dir|stat|mkdir|touch)$/.test(method)) return val();
      if (method === 'chmod') return this.chmod(pos[0], l, ev);
    }
    if (/^(?:glob\.glob|glob\.iglob|os\.listdir|os\.scandir|os\.walk)$/.test(q)) return a0 ? this.em.listDir(a0, l, ev) : val();
    if (/^shutil\.(?:copy|copy2|copyfile|copytree|move)$/.test(q) && pos.length >= 2) {
      const src = pos[0];
      const dst = pos[1];
      const r = this.readFile(src, l, ev);
      const srcKey = src.s !== undefined ? [fileKey(src.s)] : [];
      const { result } = this.em.emit('collect', l, ev, { path: dst.s, consumes: srcKey }, [r], dst.s !== undefined ? [fileKey(dst.s)] : []);
      const loc = dst.s !== undefined ? classifyWriteLocation(normPath(dst.s)) : 'other';
      if (loc !== 'other' && loc !== 'temp' && loc !== 'home') this.em.writeFile(dst, result, l, ev);
      return { ...result, s: dst.s };
    }
    if (q === 'shutil.make_archive') {
      const baseName = textOf(pos[0] ?? kw.get('base_name'), 'archive');
      const fmt = (pos[1] ?? kw.get('format'))?.s ?? 'zip';
      const root = pos[2] ?? kw.get('root_dir') ?? kw.get('base_dir') ?? val();
      const ext = { zip: '.zip', tar: '.tar', gztar: '.tar.gz', bztar: '.tar.bz2', xztar: '.tar.xz' }[fmt] ?? '.' + fmt;
      const archive = baseName + ext;
      const src = root.s !== undefined ? this.listDirOrRead(root, l, ev) : root;
      const { result } = this.em.emit('archive', l, ev, { path: archive, consumes: root.s !== undefined ? [fileKey(root.s)] : [] }, [src], [fileKey(archive)]);
      return { ...result, s: archive };
    }
    if (/^(?:zipfile\.ZipFile|tarfile\.open|tarfile\.TarFile|zipfile\.PyZipFile|py7zr\.SevenZipFile)$/.test(q)) {
      const p = pos[0] ?? kw.get('file') ?? kw.get('name') ?? kw.get('fileobj') ?? val();
      const mode = (pos[1] ?? kw.get('mode'))?.s ?? 'r';
      // an archive written into an in-memory buffer (`fileobj=buf`, `ZipFile(buf, "w")`): the buffer holds it
      const into = (kw.get('fileobj') ?? (p.s === undefined ? p : undefined))?.keys.filter((k) => k.startsWith('var:'));
      return { ...carry(p), obj: 'archive', path: p.s ?? '${archive}', writing: /[wax]/.test(mode), ...(into?.length ? { into } : {}) };
    }
    if (recv?.obj === 'archive') {
      // unpacked into a folder: every file there is the archive's (a module later loaded from it runs what it held)
      if (/^(?:extractall|extract)$/.test(method) && !recv.writing) {
        const dir = (method === 'extractall' ? pos[0] : pos[1]) ?? kw.get('path');
        const at = normPath(dir?.s ?? '.');
        this.unpacked.set(at, originOf(recv));
        return this.em.writeFile({ ...val(), s: `${at}/*` }, recv, l, ev);
      }
      if (/^(?:write|add|writestr|writeall|addfile)$/.test(method) && recv.writing) {
        const src = method === 'writestr' ? carry(pos[1]) : pos[0] ?? val();
        const read = method === 'writestr' ? src : this.listDirOrRead(src, l, ev);
        const consumes = method !== 'writestr' && src.s !== undefined ? [fileKey(src.s)] : [];
        return this.em.emit('archive', l, ev, { path: recv.path, consumes }, [read], [fileKey(recv.path ?? ''), ...(recv.into ?? [])]).result;
      }
      return carry(recv);
    }
    if (/^(?:os\.remove|os\.unlink|os\.rmdir|shutil\.rmtree|os\.removedirs)$/.test(q)) return a0 ? this.em.remove(a0, q === 'shutil.rmtree', l, ev) : val();
    if (q === 'os.chmod') return this.chmod(pos[1], l, ev);
    if (/^os\.(?:setuid|seteuid|setgid|setegid|setreuid)$/.test(q) && a0?.s === '0') return this.em.emit('escalate', l, ev, { command: q }, []).result;
    // (a mapping written as JSON or as a property list, `plistlib.dump(agent, f)`: its text, so what a launch agent's
    // ProgramArguments or an MCP config's command runs is read from what is written)
    if (/^(?:json|plistlib)\.dump$/.test(q) && pos[1]?.obj === 'file' && pos[1].writing && (pos[0]?.entries || pos[0]?.items)) return this.em.writeFile(pos[1], { ...carry(pos[0]), s: q === 'json.dump' ? JSON.stringify(plainOf(pos[0]!)) : plistOf(plainOf(pos[0]!)) }, l, ev);
    if (/^(?:json|pickle|yaml|marshal|plistlib)\.dump$/.test(q) && pos[1]?.obj === 'file' && pos[1].writing) return this.em.writeFile(pos[1], pos[0], l, ev);

    // ---- encoders / decoders ----
    const dec = DECODERS[q] ?? (q === 'codecs.decode' ? codecDecoder(pos[1]?.s) : undefined) ?? (recv && method === 'fromhex' ? 'hex' : undefined);
    if (dec) return decodeLiteral(pos[0] ?? val(), dec);
    if (q === 'bytes.fromhex' || q === 'binascii.unhexlify') return decodeLiteral(a0 ?? val(), 'hex');
    if (ENCODERS.test(q) || (method === 'hex' && pos.length === 0 && q.startsWith('.')) || (/\.(?:encrypt|encrypt_and_digest)$/.test(q) && !q.startsWith('user:'))) {
      const input = ENCODERS.test(q) ? carry(...pos) : carry(recv, ...pos);
      return this.em.emit('encode', l, ev, { command: q.replace(/^\./, '') }, [input]).result;
    }
    if (/\.(?:decrypt|decompress)$/.test(q) || /^marshal\.loads$/.test(q)) return { ...carry(recv, ...pos), origin: 'decoded' };
    // (its text is its bytes; iterated, it gives their numbers: `".".join(str(b) for b in bytes([198, 51, 100, 73]))`)
    if ((q === 'bytes' || q === 'bytearray') && a0?.items?.every((i) => /^\d+$/.test(i.s ?? ''))) return { ...carry(a0), s: String.fromCharCode(...a0.items.map((i) => Number(i.s))), items: a0.items, exact: true };
    if (q === 'chr' && a0?.exact && /^\d+$/.test(a0.s ?? '') && Number(a0.s) <= 0x10ffff) return lit(String.fromCodePoint(Number(a0.s)));
    // `str(198)`, `str(x)` of a folded value: the same text (an address assembled from numbers)
    if ((q === 'str' || q === 'os.fspath') && pos.length === 1 && a0?.s !== undefined && (!a0.obj || a0.obj === 'path')) return { ...carry(a0), s: a0.s, exact: a0.exact };
    if (q === 'ord' && a0?.exact && a0.s !== undefined && [...a0.s].length === 1) return lit(String(a0.s.codePointAt(0)));
    if (q === 'int' && a0?.exact && pos[1]?.exact && /^\d+$/.test(pos[1].s ?? '')) {
      const r = parseInt(a0.s ?? '', Number(pos[1].s));
      return Number.isNaN(r) ? val() : lit(String(r));
    }
    if (q === 'map' && pos[0]?.obj === 'fnref:str' && pos[1]?.items) return { ...carry(pos[1]), items: pos[1].items.map((i) => (i.s !== undefined ? { ...i, obj: undefined } : i)) };
    if (q === 'map' && pos[0]?.obj === 'fnref:chr' && pos[1]?.items) return { ...carry(pos[1]), items: pos[1].items.map((i) => (i.exact && /^\d+$/.test(i.s ?? '') ? lit(String.fromCharCode(Number(i.s))) : i)) };
    if (q === 'chr') return val({ obj: 'fnref:chr' });

    // ---- strings ----
    if (q.startsWith('.') && recv) {
      if (method === 'join') {
        const items = a0?.items;
        if (items) return { ...carry(...items), s: items.map((i) => textOf(i)).join(recv.s ?? ''), exact: recv.exact && items.every((i) => i.exact) };
        return carry(a0);
      }
      if (method === 'format' && recv.s !== undefined) {
        let i = 0;
        const s = recv.s.replace(/\{([^{}]*)\}/g, (_, k: string) => {
          const key = k.split(/[:!]/)[0];
          const v = key === '' ? pos[i++] : /^\d+$/.test(key) ? pos[Number(key)] : kw.get(key);
          return textOf(v, key || 'arg');
        });
        return { ...carry(recv, ...pos, ...kw.values()), s, exact: recv.exact && [...pos, ...kw.values()].every((x) => x.exact) };
      }
      if (method === 'replace' && recv.s !== undefined && pos[0]?.s !== undefined) return { ...pass(recv), s: recv.s.split(pos[0].s).join(pos[1]?.s ?? '') };
      if (/^(?:strip|lstrip|rstrip|lower|upper|encode|decode|casefold|title)$/.test(method)) {
        if (method === 'decode' || method === 'encode') {
          const how = pos[0]?.s?.toLowerCase();
          if (how && codecDecoder(how) && method === 'decode') return decodeLiteral(recv, codecDecoder(how)!);
        }
        const s = recv.s === undefined ? undefined : method === 'lower' ? recv.s.toLowerCase() : method === 'upper' ? recv.s.toUpperCase() : /strip/.test(method) ? recv.s.trim() : recv.s;
        return { ...pass(recv), s, obj: recv.obj === 'response' ? undefined : recv.obj };
      }
      if (/^(?:append|extend|add|update|insert|put|appendleft|add_attachment|attach|set_content|set_payload|add_header)$/.test(method) && recvName) {
        const data = carry(...pos);
        this.em.bind(recvName, data);
        const old = this.lookup(recvName);
        const merged = carry(old, { ...data, producers: [] });
        if (old?.items) merged.items = [...old.items, ...pos];
        // a list built elsewhere (a comprehension over what a command printed): what it held first stays unknown
        else if (old && old.s === undefined && !old.obj && method === 'append') merged.items = [val({ s: '${' + recvName + '}' }), ...pos];
        (this.scope.has(recvName) ? this.scope : this.global.has(recvName) ? this.global : this.scope).set(recvName, { ...merged, producers: [] });
        return val();
      }
      // (a container inside a variable, `report["clients"].setdefault(k, []).append(entry)`: that variable holds it)
      const fnObj = recvName ? undefined : n.childForFieldName('function')?.childForFieldName('object');
      const holder = fnObj ? holderOf(fnObj) : undefined;
      if (/^(?:append|extend|add|update|insert|appendleft)$/.test(method) && holder && this.lookup(holder)) {
        const data = carry(...pos);
        this.em.bind(holder, data);
        const old = this.lookup(holder)!;
        (this.scope.has(holder) ? this.scope : this.global).set(holder, { ...old, ...carry(old, { ...data, producers: [] }), producers: [] });
        return val();
      }
    }

    // ---- network ----
    if (/^(?:requests|httpx|grequests|requests\.api|aiohttp|niquests)\.(?:get|post|put|patch|delete|head|options|request)$/.test(q) || (/^(?:http-session)\.(?:get|post|put|patch|delete|head|options|request)$/.test(q))) {
      const isRequest = method === 'request';
      const m = isRequest ? pos[0]?.s ?? 'REQUEST' : method;
      const url = isRequest ? pos[1] ?? kw.get('url') : pos[0] ?? kw.get('url');
      const extra = isRequest ? pos.slice(2) : pos.slice(1);
      return this.http(m, url, kw, extra, l, ev);
    }
    if (/^(?:requests\.Session|requests\.session|httpx\.Client|httpx\.AsyncClient|aiohttp\.ClientSession|urllib3\.PoolManager|niquests\.Session)$/.test(q)) return val({ obj: 'http-session' });
    if (recv?.obj === 'http-session' && method === 'request' && pos.length >= 2) return this.http(pos[0]?.s ?? 'REQUEST', pos[1], kw, pos.slice(2), l, ev);
    if (/^(?:urllib\.request\.Request|urllib2\.Request)$/.test(q)) {
      const body = pos[1] ?? kw.get('data');
      const headers = kw.get('headers') ?? pos[2];
      const m = kw.get('method')?.s;
      return { ...carry(a0 ?? kw.get('url')), s: (a0 ?? kw.get('url'))?.s, obj: 'request', entries: [['data', carry(body, headers)], ['method', lit(m ?? (body ? 'POST' : 'GET'))], ...(headers ? [['headers', headers] as [string, Val]] : [])] };
    }
    if (/^(?:urllib\.request\.urlopen|urllib2\.urlopen|urllib\.urlopen|urllib\.request\.OpenerDirector\.open|opener\.open)$/.test(q) || (recv?.obj === 'opener' && method === 'open')) {
      const target = a0 ?? kw.get('url') ?? val();
      const body = pos[1] ?? kw.get('data');
      if (target.obj === 'request') {
        const data = carry(target.entries?.find(([k]) => k === 'data')?.[1], body);
        const m = target.entries?.find(([k]) => k === 'method')?.[1].s ?? 'GET';
        const headers = target.entries?.find(([k]) => k === 'headers')?.[1];
        return this.http(m === 'GET' && body ? 'POST' : m, { ...target, entries: undefined, obj: undefined }, headers ? new Map([['headers', headers]]) : new Map(), data.keys.length || body ? [data] : [], l, ev);
      }
      return this.http(body ? 'POST' : 'GET', target, new Map(), body ? [body] : [], l, ev);
    }
    if (/^urllib\.request\.build_opener$/.test(q)) return val({ obj: 'opener' });
    if (/^(?:urllib\.request\.urlretrieve|urllib\.urlretrieve|wget\.download)$/.test(q)) {
      const dst = pos[1] ?? kw.get('filename') ?? kw.get('out');
      const f = this.fetch(a0 ?? val(), l, ev, [], dst?.s !== undefined ? [fileKey(dst.s)] : []);
      if (dst?.s !== undefined) this.em.writeFile(dst, f, l, ev);
      return { ...f, s: dst?.s };
    }
    if (/^(?:http\.client|httplib)\.(?:HTTPConnection|HTTPSConnection)$/.test(q)) return { ...carry(a0), obj: 'httpconn', host: a0?.s ?? kw.get('host')?.s };
    if (recv?.obj === 'httpconn') {
      if (method === 'request' || method === 'putrequest') {
        const m = pos[0]?.s ?? 'GET';
        const body = pos[2] ?? kw.get('body');
        const headers = pos[3] ?? kw.get('headers');
        const data = [body, headers].filter((x): x is Val => !!x);
        const target = lit(recv.host ?? '${host}');
        if (m.toUpperCase() !== 'GET' || carry(...data).keys.length) return this.send(target, 'http', l, ev, data);
        return this.fetch(target, l, ev);
      }
      if (method === 'send' && recv.host) return this.send(lit(recv.host), 'http', l, ev, pos);
      if (method === 'getresponse') return val({ obj: 'response', origin: 'downloaded' });
      return val();
    }
    if (/^socket\.(?:socket|create_connection)$/.test(q) || /^ssl\.wrap_socket$/.test(q) || (recv && /^wrap_socket$/.test(method))) {
      const state = recv?.obj === 'socket' && recv.state ? recv.state : a0?.obj === 'socket' && a0.state ? a0.state : {};
      if (q === 'socket.create_connection' && a0) state.host = a0.items?.[0]?.s ?? a0.s;
      return val({ obj: 'socket', state });
    }
    if (recv?.obj === 'socket') {
      const st = recv.state ?? {};
      if (method === 'connect' || method === 'connect_ex') {
        st.host = a0?.items?.[0]?.s ?? a0?.s ?? '${host}';
        return val();
      }
      if (/^(?:send|sendall|sendto|write)$/.test(method)) {
        const to = method === 'sendto' ? pos[1]?.items?.[0]?.s ?? pos[1]?.s : st.host;
        return this.send(lit(to ?? '${host}'), 'socket', l, ev, [pos[0] ?? val()]);
      }
      if (/^(?:recv|recvfrom|makefile|read)$/.test(method)) return val({ origin: 'downloaded' });
      if (method === 'fileno') return val({ obj: 'socket-fd' });
      return val();
    }
    if (q === 'os.dup2' && a0?.obj === 'socket-fd') {
      this.socketShell = true;
      return val();
    }
    if (/^(?:socket\.gethostbyname|socket\.gethostbyname_ex|socket\.getaddrinfo|dns\.resolver\.resolve|dns\.resolver\.query|dns\.resolver\.Resolver\.resolve)$/.test(q) || (recv?.obj === 'dns-resolver' && /^(?:resolve|query)$/.test(method))) {
      const domain = dnsExfilDomain(a0);
      return domain ? this.send(lit(domain), 'dns', l, ev, [a0!]) : val();
    }
    if (/^smtplib\.(?:SMTP|SMTP_SSL)$/.test(q)) return val({ obj: 'smtp', host: a0?.s ?? kw.get('host')?.s });
    if (recv?.obj === 'smtp' && /^(?:sendmail|send_message)$/.test(method)) {
      // The recipients the code writes itself (`to_addrs=[os.environ["TO"], "archive@relay.example"]`): a mailbox of
      // the author's, at its own domain, whatever account sends it; the user's own come from settings and stay with
      // the account's server.
      const to = method === 'sendmail' ? pos[1] ?? kw.get('to_addrs') : kw.get('to_addrs') ?? pos[2];
      const sent = this.send(lit(recv.host ?? '${smtp}'), 'smtp', l, ev, pos);
      for (const domain of literalMailDomains(to)) this.send(lit(domain), 'smtp', l, ev, pos);
      return sent;
    }
    if (/^ftplib\.(?:FTP|FTP_TLS)$/.test(q)) return val({ obj: 'ftp', host: a0?.s ?? kw.get('host')?.s });
    if (recv?.obj === 'ftp' && /^(?:storbinary|storlines)$/.test(method)) return this.send(lit(recv.host ?? '${ftp}'), 'other', l, ev, pos.slice(1));
    if (/^paramiko\.(?:SSHClient|client\.SSHClient|Transport)$/.test(q)) return val({ obj: 'ssh', state: { host: q.endsWith('Transport') ? a0?.items?.[0]?.s ?? a0?.s : undefined } });
    if (recv?.obj === 'ssh') {
      const st = recv.state ?? {};
      if (method === 'connect') {
        st.host = a0?.s ?? kw.get('hostname')?.s ?? st.host;
        return val();
      }
      if (/^(?:open_sftp|get_transport)$/.test(method)) return val({ obj: 'ssh', state: st });
      if (method === 'put') return this.send(lit(st.host ?? '${ssh}'), 'scp', l, ev, [this.readFile(a0 ?? val(), l, ev)]);
      return val();
    }
    if (/^scp\.SCPClient$/.test(q)) return val({ obj: 'ssh', state: a0?.state ?? {} });
    if (/DiscordWebhook$/.test(q)) return { ...carry(...kw.values()), obj: 'webhook', host: kw.get('url')?.s ?? a0?.s };
    if (recv?.obj === 'webhook' && /^(?:execute|send|post)$/.test(method)) return this.send(lit(recv.host ?? '${webhook}'), 'webhook', l, ev, [recv, ...pos]);

    // ---- running code and commands ----
    // Unpickling runs what the pickle's opcodes call (`pickle.loads(r.read())`): bytes a server sent are its code.
    if (/^(?:c?[pP]ickle|_pickle|dill|cloudpickle)\.loads?$|^yaml\.unsafe_load(?:_all)?$|^jsonpickle\.decode$/.test(q) && a0 && originOf(a0) === 'downloaded') {
      this.em.exec(l, ev, a0, 'downloaded');
      return val();
    }
    if (/^(?:exec|eval|compile|execfile|builtins\.exec|builtins\.eval)$/.test(q)) {
      this.runCode(a0 ?? val(), l, ev);
      return val();
    }
    if (/^(?:__import__|importlib\.import_module)$/.test(q)) return a0?.s ? val({ obj: 'mod:' + a0.s }) : val();
    // A module loaded from a file by its path (`spec_from_file_location(name, p)` … `exec_module(mod)`,
    // `runpy.run_path(p)`, `SourceFileLoader(name, p).load_module()`): that file's code runs.
    if (/^importlib\.util\.spec_from_file_location$|^importlib\.machinery\.SourceFileLoader$/.test(q)) {
      const file = pos[1] ?? kw.get('location') ?? kw.get('path');
      return { ...carry(file ?? val()), obj: 'modspec', path: file?.s };
    }
    if (q === 'importlib.util.module_from_spec' && a0?.obj === 'modspec') return { ...carry(a0), obj: 'modspec', path: a0.path };
    if ((method === 'exec_module' && a0?.obj === 'modspec') || (/^(?:load_module|exec_module)$/.test(method) && recv?.obj === 'modspec') || (q === 'runpy.run_path' && a0)) {
      const mod = method === 'exec_module' && a0?.obj === 'modspec' ? a0 : recv?.obj === 'modspec' ? recv : a0!;
      const file = mod.path ?? mod.s;
      if (file !== undefined) this.runFile(file, mod, l, ev);
      return val();
    }
    if (q === 'getattr' && pos[0] && pos[1]?.s) {
      const base = pos[0].obj?.startsWith('mod:') ? pos[0].obj.slice(4) : posNodes[0]?.text;
      if (base) return val({ obj: 'fnref:' + base + '.' + pos[1].s });
      return carry(pos[0]);
    }
    if (/^(?:subprocess\.(?:run|call|check_call|check_output|Popen|getoutput|getstatusoutput)|os\.(?:system|popen|popen2|popen3|startfile|exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?)|pty\.spawn|commands\.getoutput|asyncio\.create_subprocess_(?:shell|exec)|sh\.Command)$/.test(q)) {
      let cmd = a0 ?? kw.get('args') ?? val();
      if (/^os\.(?:exec|spawn|posix_spawn)/.test(q) || q === 'asyncio.create_subprocess_exec') {
        const rest = /^os\.spawn/.test(q) ? pos.slice(1) : pos;
        const argv = rest.length > 1 && rest[1].items ? rest[1].items : rest;
        cmd = { ...carry(...rest), items: argv };
      }
      const printed = this.exec(cmd, l, ev);
      const line = this.command(cmd);
      // (`crontab -` reads the schedule from its input: `subprocess.run(["crontab", "-"], input=lines)`)
      const stdin = kw.get('input');
      if (stdin && /^crontab(?:\s+-)?$/.test(line.s ?? '')) lowerScheduled(this.em, l, stdin);
      if (q === 'subprocess.Popen' || /create_subprocess/.test(q)) {
        const hidden = kw.get('start_new_session')?.s === 'True' || /DETACHED_PROCESS|CREATE_NO_WINDOW|CREATE_NEW_PROCESS_GROUP|0x0*8\b|0x08000000|SW_HIDE|setsid/.test(ev) || /^pythonw/.test(line.s ?? '');
        if (hidden) this.em.emit('spawn-hidden', l, ev, { command: textOf(line, 'cmd').slice(0, 200) }, [cmd]);
      } else if (/DETACHED_PROCESS|CREATE_NO_WINDOW|SW_HIDE|start_new_session\s*=\s*True/.test(ev)) this.em.emit('spawn-hidden', l, ev, {}, [cmd]);
      return { ...carry(cmd, printed), obj: 'process', origin: undefined };
    }
    if (q === 'os.fork' || q === 'os.forkpty') {
      this.forked = true;
      return lit('0');
    }
    if (q === 'os.setsid' && this.forked) return this.em.emit('spawn-hidden', l, ev, { command: 'fork+setsid' }, []).result;
    if (/^daemon\.DaemonContext$/.test(q)) return this.em.emit('spawn-hidden', l, ev, { command: 'daemon' }, []).result;
    if (/^(?:threading\.Thread|multiprocessing\.Process|threading\.Timer)$/.test(q)) {
      const target = kw.get('target') ?? (q === 'threading.Timer' ? pos[1] : undefined);
      const args = kw.get('args');
      const fnName = target?.fn;
      const fn = fnName ? this.fns.get(fnName) : undefined;
      if (kw.get('daemon')?.s === 'True' && fn?.hasLoop) this.em.emit('spawn-hidden', l, ev, { command: `daemon thread ${fnName}` }, []);
      if (fn && fnName) this.callUser(fn, args?.items ?? [], new Map());
      return val({ obj: 'thread', fn: fnName });
    }
    if (recv?.obj === 'thread' && method === 'setDaemon' && a0?.s === 'True') return this.daemonFlag(n);

    // ---- persistence ----
    if (/^(?:winreg|_winreg)\.(?:OpenKey|OpenKeyEx|CreateKey|CreateKeyEx)$/.test(q)) return val({ obj: 'regkey', s: pos[1]?.s ?? textOf(pos[1]) });
    if (/^(?:winreg|_winreg)\.SetValueEx?$/.test(q)) {
      const key = a0?.s ?? '';
      const mech = persistenceOf(key) ?? (/\\Run\b|RunOnce/i.test(key) ? 'run-key' : undefined);
      const data = pos[pos.length - 1] ?? val();
      this.em.emit('write', l, ev, { location: classifyWriteLocation(key), path: key }, [data]);
      if (mech) this.em.startup(l, ev, mech, key, data);
      return val();
    }
    if (/(?:^|\.)CronTab$/.test(q)) return val({ obj: 'crontab' });
    if (recv?.obj === 'crontab' && method === 'new') {
      const cmd = kw.get('command') ?? a0 ?? val();
      this.em.emit('persist', l, ev, { mechanism: 'cron', command: textOf(cmd, 'cmd').slice(0, 200) }, [cmd]);
      return val({ obj: 'cronjob' });
    }
    if (/ShellExecute[AW]?$/.test(q) && pos[1]?.s === 'runas') {
      this.em.emit('escalate', l, ev, { command: 'runas' }, []);
      this.exec(pos[2] ?? val(), l, ev);
      return val();
    }

    // ---- capture of keys, clipboard, screen ----
    const capture = CAPTURE.find(([re]) => re.test(q));
    if (capture) {
      const r = this.em.read(l, `${capture[1]}: ${ev}`, 'user-files', { path: capture[1] });
      const cb = kw.get('on_press') ?? kw.get('on_release') ?? (capture[1] === 'keystrokes' ? a0 : undefined);
      if (cb?.fn && this.fns.has(cb.fn)) this.callUser(this.fns.get(cb.fn)!, [r], new Map());
      return { ...r, obj: capture[1] === 'screen' ? 'image' : undefined };
    }
    if (recv?.obj === 'image' && method === 'save' && a0) return this.em.writeFile(a0, recv, l, ev);

    // ---- the script removing itself, recursive deletes ----
    return all();
  }

  private daemonFlag(at: SyntaxNode): Val {
    this.em.emit('spawn-hidden', line(at), at.text, { command: 'daemon thread' }, []);
    return val();
  }

  /** A read whose path is a literal, home- or root-anchored (not a relative name that may be anything) keys the file. */
  /** The text of a file value, when it is a file the target ships (beside the script or a folder up). */
  private shippedText(v: Val): string | undefined {
    const p = v.path ?? v.s;
    const host = this.em.modules;
    if (!p || !host) return undefined;
    const dir = posix.dirname(this.em.file);
    const rest = p.replace(/^\$\{__file__\}\/?/, '');
    const candidates = p.startsWith('${__file__}') ? [posix.join(dir, rest), posix.join(posix.dirname(dir), rest)] : p.includes('${') ? [] : [posix.join(dir, p), p];
    for (const c of candidates) {
      const rel = posix.normalize(c);
      if (rel.startsWith('..') || rel.startsWith('/')) continue;
      const text = host.text(rel);
      if (text !== undefined) return text;
    }
    return undefined;
  }

  /** The JSON a file value stands for, when it is a file the target ships. */
  private shippedJson(v: Val): Val | undefined {
    const p = v.path ?? v.s;
    const text = p && /\.json$/i.test(p) ? this.shippedText(v) : undefined;
    if (text === undefined) return undefined;
    try {
      return jsonVal(JSON.parse(text), 0);
    } catch {
      return undefined;
    }
  }

  /** A file read; a template or text file the target ships reads as its text (what a script renders and writes from it). */
  private readFile(p: Val, l: number, ev: string, inputs: Val[] = []): Val {
    // (keyed where the path is rooted: the home, the file system's root, the temp folder `tempfile.gettempdir()` names)
    const r = this.em.readFile(p, l, ev, inputs, !!(p.exact || (p.s !== undefined && /^(?:~|\/|%TEMP%(?:\/|$)|[A-Za-z]:[\\/])/.test(p.s))));
    const shipped = SHIPPED_TEXT_FILE.test(p.path ?? p.s ?? '') ? this.shippedText(p) : undefined;
    return shipped !== undefined && shipped.length <= 65536 && r.s === undefined ? { ...r, s: shipped } : r;
  }

  /** A connection object (`smtplib.SMTP(host)`, a session) sends to its host; other targets are the value itself. */
  private send(target: Val, channel: NonNullable<Effect['channel']>, l: number, ev: string, data: Val[]): Val {
    return target.host !== undefined ? this.em.send(lit(target.host), channel, l, ev, data, undefined) : this.em.send(target, channel, l, ev, data);
  }

  private fetch(target: Val, l: number, ev: string, inputs: Val[] = [], produces: string[] = []): Val {
    return { ...this.em.fetch(target, l, ev, inputs, produces), obj: 'response' };
  }

  private listDirOrRead(p: Val, l: number, ev: string): Val {
    const cls = secretOfPath(p.s);
    if (!cls || p.secrets.length) return carry(p);
    return this.em.read(l, ev, cls, { path: p.s }, [p]);
  }

  private chmod(mode: Val | undefined, l: number, ev: string): Val {
    const m = mode?.s ?? '';
    if (/S_ISUID|S_ISGID/.test(ev) || /^0o?[2467][0-7]{3}$/.test(m)) return this.em.emit('escalate', l, ev, { command: 'chmod setuid' }, []).result;
    return val();
  }
}

/** The domains of the mail addresses a value holds as literals (one address, or a list of them). */
function literalMailDomains(v: Val | undefined): string[] {
  if (!v) return [];
  const out = new Set<string>();
  for (const x of [v, ...(v.items ?? [])]) {
    const domain = x.s !== undefined && !x.s.includes('${') ? mailDomainOf(x.s) : undefined;
    if (domain) out.add(domain);
  }
  return [...out];
}


/**
 * A mapping looked up by a key the code computes (`BROWSERS.get(platform.system(), [])`, `PATHS[sys.platform]`): any
 * of its values, as a list of them (each list's items where the values are lists), so a loop over it walks every
 * platform's paths. Small tables only (eight values at most).
 */
function anyEntry(m: Val): Val | undefined {
  const vals = (m.entries ?? []).map(([, v]) => v);
  if (vals.length < 2 || vals.length > 8) return undefined;
  const items = vals.every((v) => v.items?.length) ? vals.flatMap((v) => v.items!) : vals;
  return { ...carry(m, ...vals), items: items.slice(0, MAX_LOOP_ITEMS) };
}

/** A folded mapping's keys, as literals; undefined for anything else (a list, an object, a text). */
function dictKeys(v: Val): Val[] | undefined {
  return v.entries?.length && !v.items && !v.obj && v.s === undefined ? v.entries.map(([k]) => lit(k)) : undefined;
}

/**
 * The variable a container expression lives in: `report["clients"]`, `d.setdefault(k, [])`, `cache[a][b]` name
 * report, d and cache. Undefined for anything else (a call's fresh result, a literal).
 */
function holderOf(n: SyntaxNode): string | undefined {
  for (let i = 0; i < 6; i++) {
    if (n.type === 'subscript') n = n.childForFieldName('value')!;
    else if (n.type === 'call' && n.childForFieldName('function')?.type === 'attribute' && /^(?:setdefault|get)$/.test(n.childForFieldName('function')!.childForFieldName('attribute')?.text ?? '')) n = n.childForFieldName('function')!.childForFieldName('object')!;
    else break;
    if (!n) return undefined;
    if (n.type === 'identifier' || n.type === 'attribute') return n.text;
  }
  return undefined;
}

/** A parsed JSON value as a folded one: objects as entries, arrays as items, scalars as exact text. */
/** A folded mapping or sequence as plain data (what is unknown, its placeholder text), for writing it out. */
function plainOf(v: Val, depth = 0): unknown {
  if (depth > 6) return textOf(v);
  if (v.entries) return Object.fromEntries(v.entries.slice(0, 100).map(([k, x]) => [k, plainOf(x, depth + 1)]));
  if (v.items) return v.items.slice(0, 50).map((x) => plainOf(x, depth + 1));
  return textOf(v);
}
/** Plain data as an XML property list, as plistlib writes it. */
function plistOf(x: unknown): string {
  const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const node = (y: unknown): string =>
    Array.isArray(y) ? `<array>\n${y.map(node).join('\n')}\n</array>` : y && typeof y === 'object' ? `<dict>\n${Object.entries(y).map(([k, v]) => `<key>${esc(k)}</key>\n${node(v)}`).join('\n')}\n</dict>` : `<string>${esc(String(y))}</string>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n${node(x)}\n</plist>\n`;
}

function jsonVal(j: unknown, depth: number): Val {
  if (j === null || j === undefined) return val();
  if (typeof j !== 'object') return lit(String(j));
  if (depth > 4) return val();
  if (Array.isArray(j)) return val({ items: j.slice(0, 50).map((x) => jsonVal(x, depth + 1)) });
  return val({ entries: Object.entries(j as Record<string, unknown>).slice(0, 100).map(([k, x]): [string, Val] => [k, jsonVal(x, depth + 1)]) });
}

const BUILTINS = new Set(['ord', 'int', 'open', 'exec', 'eval', 'compile', 'execfile', '__import__', 'getattr', 'bytes', 'bytearray', 'chr', 'map', 'dict', 'str', 'print', 'input']);

/** Methods libraries define that a script's own function of the same name must not capture. */
const LIB_METHODS = new Set(['read', 'write', 'send', 'sendall', 'post', 'get', 'put', 'connect', 'open', 'close', 'join', 'format', 'encode', 'decode', 'append', 'extend', 'update', 'add', 'execute', 'run', 'start', 'save', 'recv', 'request']);

const DECODERS: Record<string, Decoder> = {
  'base64.b64decode': 'base64',
  'base64.standard_b64decode': 'base64',
  'base64.urlsafe_b64decode': 'base64',
  'base64.decodebytes': 'base64',
  'base64.decodestring': 'base64',
  'binascii.a2b_base64': 'base64',
  'base64.b32decode': 'base32',
  'base64.b16decode': 'hex',
  'binascii.a2b_hex': 'hex',
  'zlib.decompress': 'zlib',
  'gzip.decompress': 'gzip',
};

function codecDecoder(name: string | undefined): Decoder | undefined {
  if (!name) return undefined;
  const n = name.toLowerCase().replace(/[-_]/g, '');
  if (n === 'rot13') return 'rot13';
  if (n === 'base64' || n === 'base64codec') return 'base64';
  if (n === 'hex' || n === 'hexcodec') return 'hex';
  if (n === 'zlib' || n === 'zlibcodec') return 'zlib';
  return undefined;
}

const ENCODERS = /^(?:base64\.(?:b64encode|standard_b64encode|urlsafe_b64encode|b32encode|b16encode|b85encode|a85encode|encodebytes|encodestring)|binascii\.(?:hexlify|b2a_base64|b2a_hex)|zlib\.compress|gzip\.compress|bz2\.compress|lzma\.compress|codecs\.encode)$/;

const CAPTURE: Array<[RegExp, string]> = [
  [/(?:^|\.)keyboard\.(?:Listener|on_press|on_release|hook|record|read_key|read_event|on_press_key)$|^pynput\.keyboard\.Listener$|(?:^|\.)GetAsyncKeyState$|(?:^|\.)SetWindowsHookExA?W?$|^pyxhook\.HookManager$/, 'keystrokes'],
  [/^(?:pyperclip\.paste|clipboard\.paste|win32clipboard\.GetClipboardData|\.clipboard_get|pandas\.read_clipboard)$/, 'clipboard'],
  [/(?:^|\.)ImageGrab\.grab(?:clipboard)?$|^pyautogui\.screenshot$|^mss\.mss\.(?:grab|shot)$|^(?:mss\.mss|mss\.(?:grab|shot)|\.?mss\.\w+)$|^pyscreenshot\.grab$/, 'screen'],
];

function namedChildren(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const c of kids(n)) {
    if (c.type !== 'comment') out.push(c);
  }
  return out;
}

/** `env=os.environ` / `env={**os.environ, …}` hands the environment to a child process, which is not a read of it. */
function inEnvArgument(n: SyntaxNode): boolean {
  for (let p = n.parent, i = 0; p && i < 5; p = p.parent, i++) {
    if (p.type === 'keyword_argument') return p.childForFieldName('name')?.text === 'env';
    if (p.type === 'call' || p.type === 'expression_statement') return false;
  }
  return false;
}

function unescapePy(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[nrt'"\\abfv]|\n)/g, (_, e: string) => {
    switch (e[0]) {
      case 'x':
      case 'u':
      case 'U':
        return String.fromCodePoint(parseInt(e.slice(1), 16));
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case '\n':
        return '';
      case 'a':
        return '\x07';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      default:
        return /^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : e;
    }
  });
}

export type { SecretClass };

/**
 * Folders a script adds to sys.path relative to itself: `sys.path.insert(0, os.path.join(os.path.dirname(__file__),
 * "..", "vendor"))` is `../vendor`, `sys.path.append(str(Path(__file__).parent / "lib"))` is `lib` (each further
 * `dirname(` or `.parent` one folder up).
 */
function sysPathDirs(text: string): string[] {
  if (!text.includes('sys.path')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(/\bsys\.path\.(?:insert\s*\(\s*\d+\s*,|append\s*\()([^\n]*)/g)) {
    const expr = m[1];
    if (!/__file__/.test(expr)) continue;
    const ups = Math.max(0, (expr.match(/\bdirname\s*\(/g)?.length ?? 0) - 1) + Math.max(0, (expr.match(/\.parent\b/g)?.length ?? 0) - 1);
    const parts = [...expr.matchAll(/["']([\w.-]+(?:\/[\w.-]+)*)["']/g)].map((x) => x[1]);
    const dir = [...Array(ups).fill('..'), ...parts].join('/');
    if (dir && !out.includes(dir)) out.push(dir);
  }
  return out.slice(0, 4);
}

/** Python's `textwrap.dedent`: the indentation every non-blank line shares, removed. */
function dedentText(s: string): string {
  const lines = s.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => (l.trim() ? l.slice(common) : '')).join('\n');
}
