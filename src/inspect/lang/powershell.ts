/**
 * PowerShell scripts lowered to effects. Same abstract interpretation as ./python.ts over
 * tree-sitter-powershell: cmdlets with their named and positional parameters, pipelines (`iwr $u | iex`),
 * .NET calls (`[Convert]::FromBase64String`, `(New-Object Net.WebClient).UploadFile`), expandable strings,
 * `-f`, `Join-Path`, `$env:X`. Names are case-insensitive, as in PowerShell.
 */
import { broadDefenderExclusion, classifyEnvName, classifyWriteLocation, persistenceOf, wmiConsumerCommand } from '../effects/classify.js';
import { lowerCommand } from './command.js';
import { type SyntaxNode, allKids, kids as namedKids } from './runtime.js';
import { type Emitter, type Val, Scope, Branches, foldInt, intOf, inlineCall, mergeReturned, siblingPath, envText, carry, concat, decodeLiteral, fileKey, joinPaths, lit, loopItems, normPath, originOf, pass, refVal, stored, textOf, unknown, val } from './values.js';

const MAX_INLINE_DEPTH = 5;
const MAX_INLINES_PER_FUNCTION = 6;
const MAX_NODES = 400_000;

const line = (n: SyntaxNode): number => n.startPosition.row + 1;

interface PsFunction {
  node: SyntaxNode;
  params: Array<{ name: string; dflt?: SyntaxNode }>;
  body?: SyntaxNode;
  inlined: number;
  summary?: Val;
}

interface Args {
  named: Map<string, Val>;
  switches: Set<string>;
  pos: Val[];
  blocks: SyntaxNode[];
  text: string;
}

const ALIASES: Record<string, string> = {
  gc: 'get-content',
  cat: 'get-content',
  type: 'get-content',
  sc: 'set-content',
  ac: 'add-content',
  iwr: 'invoke-webrequest',
  wget: 'invoke-webrequest',
  curl: 'invoke-webrequest',
  irm: 'invoke-restmethod',
  iex: 'invoke-expression',
  gci: 'get-childitem',
  ls: 'get-childitem',
  dir: 'get-childitem',
  cp: 'copy-item',
  copy: 'copy-item',
  cpi: 'copy-item',
  rm: 'remove-item',
  del: 'remove-item',
  ri: 'remove-item',
  erase: 'remove-item',
  rmdir: 'remove-item',
  rd: 'remove-item',
  saps: 'start-process',
  start: 'start-process',
  ni: 'new-item',
  echo: 'write-output',
  write: 'write-output',
  '%': 'foreach-object',
  foreach: 'foreach-object',
  '?': 'where-object',
  where: 'where-object',
  gi: 'get-item',
  gp: 'get-itemproperty',
  sp: 'set-itemproperty',
  icm: 'invoke-command',
  gcb: 'get-clipboard',
  sv: 'set-variable',
  set: 'set-variable',
  mi: 'move-item',
  move: 'move-item',
  mv: 'move-item',
  sleep: 'start-sleep',
};

/** Parameters that take no value. */
const SWITCHES = new Set(['force', 'recurse', 'raw', 'usebasicparsing', 'passthru', 'nonewline', 'noprofile', 'noninteractive', 'wait', 'append', 'encoding', 'hidden', 'asbytestream', 'readcount', 'erroraction', 'whatif', 'confirm', 'verbose', 'file', 'directory', 'compress', 'update', 'includeinvisible']);
/** Switches that carry no value even though some of the names above do (encoding/erroraction take one). */
const VALUED = new Set(['encoding', 'erroraction', 'readcount']);

export function lowerPowerShell(root: SyntaxNode, em: Emitter): void {
  new PowerShellLowerer(em).program(root);
}

/** A function of a dot-sourced or imported sibling script called from another file (./index.ts `ModuleHost`). */
export function callPowerShell(root: SyntaxNode, em: Emitter, fn: string, pos: Val[], kw: Map<string, Val>): Val | undefined {
  return new PowerShellLowerer(em).callExported(root, fn, pos, kw);
}

/** PowerShell's integer operators, as the shared integer fold (values.ts foldInt) spells them. */
const PS_INT_OPS: Record<string, string> = { '-bxor': '^', '-band': '&', '-bor': '|', '+': '+', '-': '-', '*': '*', '%': '%', '-shl': '<<', '-shr': '>>' };

class PowerShellLowerer {
  private readonly fns = new Map<string, PsFunction>();
  private readonly global = new Scope(undefined, (n) => n.toLowerCase());
  /** The inlining state (`Frames`). */
  scope = this.global;
  depth = 0;
  returns: Val[][] = [];
  private budget = MAX_NODES;
  /** Inside an `if` or `switch` (its assignments may not run). */
  private readonly branches = new Branches();
  /** The whole pipeline, as evidence for a command that consumes piped input (`iwr $u | iex`). */
  private pipeText: string | undefined;
  private socketSeen = false;
  /** Sibling scripts dot-sourced (`. $PSScriptRoot/x.ps1`) or imported (`Import-Module ./x.psm1`): their functions are callable here. */
  private readonly sources: string[] = [];

  constructor(private readonly em: Emitter) {}

  /** Called from another file: bind the script's top-level assignments and dot-sources, then inline the function. */
  callExported(root: SyntaxNode, name: string, pos: Val[], kw: Map<string, Val>): Val | undefined {
    this.collectFunctions(root);
    const lower = name.toLowerCase();
    const fn = this.fns.get(lower);
    if (!fn) return undefined;
    const top = (n: SyntaxNode, depth: number): void => {
      for (const c of namedKids(n)) {
        if (c.type === 'function_statement' || depth > 3) continue;
        if (c.type === 'pipeline') {
          if (c.type === 'pipeline' && (namedOf(c, 'assignment_expression') || /^\s*(?:\.|import-module)\s/i.test(c.text))) this.pipeline(c);
        } else if (/^(?:statement_list|program|script_block|script_block_body)$/.test(c.type)) top(c, depth + 1);
      }
    };
    top(root, 0);
    return this.callUser(lower, fn, { named: kw, switches: new Set(), pos, blocks: [], text: '' });
  }

  /**
   * Remember a sibling script this one dot-sources or imports: the path as folded, or as written after the
   * operator (`. $PSScriptRoot/x.ps1`, `. "$PSScriptRoot\\x.ps1"`, `. .\\x.ps1`, `Import-Module ./x.psm1`).
   */
  private sourceLocal(target: Val, written?: string): void {
    const host = this.em.modules;
    if (!host) return;
    const raw = target.s ?? /^\s*\.?\s*(?:import-module\s+(?:-name\s+)?)?["']?([^"'\s;|]+)/i.exec(written ?? '')?.[1];
    const spec = raw?.replace(/^(?:\$\{PSScriptRoot\}|\$PSScriptRoot|\$\{?PSScriptRoot\}?)[\\/]?/i, './');
    if (!spec || /\$/.test(spec) || !/\.psm?1$/i.test(spec)) return;
    const file = siblingPath(this.em.file, spec);
    if (file && file !== this.em.file && host.text(file) !== undefined && !this.sources.includes(file)) this.sources.push(file);
  }

  /** A call of a function defined in a dot-sourced or imported sibling script, lowered there; undefined when none defines it. */
  private crossCall(name: string, args: Args): Val | undefined {
    const host = this.em.modules;
    if (!host || !/^[\w-]+$/.test(name)) return undefined;
    const def = new RegExp(`^\\s*function\\s+(?:global:|script:)?${name}\\b`, 'im');
    for (const file of this.sources) {
      if (!def.test(host.text(file) ?? '')) continue;
      const r = host.call('powershell', file, name, args.pos, args.named, this.em);
      if (r) return r;
    }
    return undefined;
  }

  program(root: SyntaxNode): void {
    this.collectFunctions(root);
    this.walk(root);
    for (const [name, fn] of this.fns) if (fn.inlined === 0) this.callUser(name, fn, { named: new Map(), switches: new Set(), pos: [], blocks: [], text: '' });
  }

  private collectFunctions(n: SyntaxNode): void {
    if (--this.budget < 0) return;
    if (n.type === 'function_statement') {
      const name = namedOf(n, 'function_name')?.text.toLowerCase();
      if (name && !this.fns.has(name)) {
        const block = namedOf(n, 'script_block');
        const params: PsFunction['params'] = [];
        const declared = [...findAll(n, 'script_parameter', 2, ['script_block_body', 'statement_list'])];
        for (const p of declared) {
          const v = namedOf(p, 'variable');
          if (v) params.push({ name: v.text.replace(/^\$/, '').toLowerCase(), dflt: namedOf(p, 'script_parameter_default')?.namedChild(0) ?? undefined });
        }
        this.fns.set(name, { node: n, params, body: block ? namedOf(block, 'script_block_body') ?? block : undefined, inlined: 0 });
      }
    }
    for (const c of namedKids(n)) this.collectFunctions(c);
  }

  private callUser(name: string, fn: PsFunction, args: Args): Val {
    if (this.depth >= MAX_INLINE_DEPTH || fn.inlined >= MAX_INLINES_PER_FUNCTION) return carry(fn.summary, ...args.pos, ...args.named.values());
    fn.inlined++;
    const scope = new Scope(this.global, (n) => n.toLowerCase());
    let i = 0;
    for (const p of fn.params) {
      let v = args.named.get(p.name) ?? [...args.named.entries()].find(([k]) => p.name.startsWith(k))?.[1] ?? args.pos[i++];
      if (!v && p.dflt) v = this.ev(p.dflt);
      scope.set(p.name, v ? stored(this.em, p.name, v) : unknown(p.name));
    }
    scope.set('args', carry(...args.pos.slice(i)));
    const out = mergeReturned(inlineCall(this, scope, () => (fn.body ? this.walk(fn.body) : undefined)));
    fn.summary ??= carry(out);
    return out;
  }

  // ---- statements ----

  /** Walk statements; returns the value of the last pipeline (what a script block outputs, roughly). */
  private walk(n: SyntaxNode): Val | undefined {
    if (--this.budget < 0) return undefined;
    switch (n.type) {
      case 'function_statement':
      case 'comment':
      case 'param_block':
        return undefined;
      case 'pipeline':
        return this.pipeline(n);
      case 'flow_control_statement': {
        const p = namedOf(n, 'pipeline');
        const v = p ? this.pipeline(p) : undefined;
        if (v && /^return\b/i.test(n.text)) this.returns[this.returns.length - 1]?.push(v);
        if (v && /^throw\b/i.test(n.text)) return undefined;
        return v;
      }
      case 'foreach_statement': {
        const variable = namedOf(n, 'variable');
        const src = namedOf(n, 'pipeline');
        const it = src ? this.pipeline(src) : val();
        let last: Val | undefined;
        for (const el of loopItems(it, (x) => this.element(x))) {
          if (variable) this.scope.set(varName(variable.text), stored(this.em, varName(variable.text), el));
          for (const c of namedKids(n)) {
            if (c.type === 'statement_block') last = this.walk(c);
          }
        }
        return last;
      }
      default: {
        // (an `if`/`switch` may not run its branch: what it assigns joins what the variable held)
        const conditional = n.type === 'if_statement' || n.type === 'switch_statement';
        return this.branches.within(conditional, () => {
          let last: Val | undefined;
          for (const c of namedKids(n)) {
            const v = this.walk(c);
            if (v) last = v;
          }
          return last;
        });
      }
    }
  }

  private element(it: Val): Val {
    if (it.items?.length === 1) return it.items[0];
    return { ...carry(it), s: it.obj === 'listing' ? it.s : it.items?.[0]?.s, obj: it.obj === 'listing' ? 'listing' : undefined };
  }

  private pipeline(n: SyntaxNode): Val {
    if (--this.budget < 0) return val();
    const assign = n.type === 'assignment_expression' ? n : namedOf(n, 'assignment_expression');
    if (assign) return this.assignment(assign);
    const chain = namedOf(n, 'pipeline_chain') ?? n;
    let input: Val | undefined;
    let piped = false;
    for (const c of namedKids(chain)) {
      if (c.type === 'command') {
        this.pipeText = piped ? chain.text : undefined;
        input = this.command(c, piped ? input : undefined);
        this.pipeText = undefined;
        piped = true;
      } else if (c.type === 'pipeline' || c.type === 'pipeline_chain') {
        input = this.pipeline(c);
        piped = true;
      } else if (c.type !== 'comment') {
        input = this.ev(c);
        piped = true;
      }
    }
    return input ?? val();
  }

  private assignment(n: SyntaxNode): Val {
    const valueNode = n.childForFieldName('value') ?? n.namedChild(n.namedChildCount - 1);
    const v = valueNode ? (valueNode.type === 'pipeline' ? this.pipeline(valueNode) : this.ev(valueNode)) : val();
    const left = namedOf(n, 'left_assignment_expression');
    const target = left ? findFirst(left, 'variable') : undefined;
    const op = namedOf(n, 'assignement_operator')?.text ?? '=';
    const member = left ? findFirst(left, 'member_access') : undefined;
    if (target && member && op === '=') {
      // `$psi.Arguments = "…"`: a property of the object, kept by name (ProcessStartInfo, WebClient headers …)
      const name = varName(target.text);
      const prop = namedOf(member, 'member_name')?.text.toLowerCase() ?? '?';
      const old = this.scope.get(name) ?? this.global.get(name) ?? val();
      const entries: Array<[string, Val]> = [...(old.entries ?? []).filter(([k]) => k !== prop), [prop, v]];
      this.em.bind(name, v);
      this.scopeFor(name).set(name, { ...carry(old, { ...v, producers: [] }), s: old.s, obj: old.obj, entries, producers: [] });
      return v;
    }
    if (target && !/^\$(?:env|global:env):/i.test(target.text)) {
      const name = varName(target.text);
      if (op === '+=') {
        const old = this.scope.get(name) ?? this.global.get(name);
        this.em.bind(name, v);
        const merged = old ? concat([old, { ...v, producers: [] }]) : { ...v, producers: [] };
        if (old?.items || v.items) merged.items = [...(old?.items ?? []), ...(v.items ?? [v])];
        this.scopeFor(name).set(name, { ...merged, producers: [] });
      } else {
        const scope = this.scopeFor(name, target.text);
        scope.set(name, stored(this.em, name, this.branches.assigned(scope.get(name), v)));
      }
    }
    return v;
  }

  private scopeFor(name: string, raw = ''): Scope {
    if (/^\$(?:global|script):/i.test(raw)) return this.global;
    return this.scope.has(name) || this.scope === this.global || !this.global.has(name) ? this.scope : this.global;
  }

  // ---- expressions ----

  private ev(n: SyntaxNode): Val {
    if (--this.budget < 0) return val();
    switch (n.type) {
      case 'string_literal':
        return n.namedChild(0) ? this.ev(n.namedChild(0)!) : lit('');
      case 'verbatim_string_characters':
        return lit(n.text.replace(/^'|'$/g, '').replace(/''/g, "'"));
      case 'verbatim_here_string_characters':
        return lit(n.text.replace(/^@'\r?\n?|\r?\n?'@$/g, ''));
      case 'expandable_string_literal':
      case 'expandable_here_string_literal':
        return this.expandable(n);
      case 'integer_literal':
      case 'real_literal':
        return lit(n.text);
      case 'generic_token':
        return lit(n.text);
      case 'variable':
        return this.variable(n);
      case 'parenthesized_expression':
      case 'sub_expression':
      case 'array_expression': {
        const vs: Val[] = [];
        // `@( 'a' <newline> 'b' )`: each statement of the list is an element
        for (const c of namedKids(n).flatMap((k) => (k.type === 'statement_list' ? namedKids(k) : [k]))) {
          const v = c.type === 'pipeline' ? this.pipeline(c) : this.walk(c);
          if (v) vs.push(v);
        }
        return vs.length === 1 ? vs[0] : { ...carry(...vs), items: vs, s: vs[vs.length - 1]?.s };
      }
      case 'pipeline':
        return this.pipeline(n);
      case 'assignment_expression':
        return this.assignment(n);
      case 'hash_literal_expression':
        return this.hash(n);
      case 'script_block_expression':
        return val({ fn: '<block>' });
      case 'element_access': {
        // `$s.ToCharArray()[-1..-45]`, `$a[3]`: the items a range or a number picks (negative counts from the end)
        const base = n.namedChild(0) ? this.ev(n.namedChild(0)!) : val();
        const at = /^\s*(-?\d+)\s*(?:\.\.\s*(-?\d+))?\s*$/.exec(n.namedChild(1)?.text ?? '');
        const all = base.items ?? (base.s !== undefined && base.exact !== false ? [...base.s].map((ch) => lit(ch)) : undefined);
        if (!at || !all?.length) return carry(base);
        const a = Number(at[1]);
        const b = at[2] === undefined ? a : Number(at[2]);
        const pick = (k: number): Val | undefined => all[k < 0 ? all.length + k : k];
        if (at[2] === undefined) return pick(a) ?? carry(base);
        const items: Val[] = [];
        for (let k = a; items.length <= all.length && (a <= b ? k <= b : k >= b); k += a <= b ? 1 : -1) {
          const x = pick(k);
          if (x) items.push(x);
        }
        return { ...carry(base), items };
      }
      case 'member_access':
        return this.member(n);
      case 'invokation_expression':
        return this.invoke(n);
      case 'cast_expression': {
        const inner = n.namedChild(n.namedChildCount - 1);
        const type = namedOf(n, 'type_literal')?.text.toLowerCase() ?? '';
        const v = inner ? this.ev(inner) : val();
        if (/scriptblock/.test(type)) this.runCode(v, line(n), n.text);
        if (/\[char\[\]\]|\[char\]/.test(type) && v.items?.every((i) => /^\d+$/.test(i.s ?? ''))) return { ...carry(v), s: String.fromCharCode(...v.items.map((i) => Number(i.s))), exact: true };
        if (/^\[char\]$/.test(type) && !v.items && intOf(v) !== undefined && intOf(v)! >= 0 && intOf(v)! < 0x110000) return { ...carry(v), s: String.fromCodePoint(intOf(v)!), exact: true };
        return v;
      }
      case 'type_literal':
        return val({ obj: 'type:' + typeName(n) });
      case 'comment':
        return val();
      default:
        return this.generic(n);
    }
  }

  /** Operators and wrappers: `+` concatenates, `-f` formats, `,` builds an array, `-join` joins, other nodes carry. */
  private generic(n: SyntaxNode): Val {
    const children = allKids(n);
    // the grammar nests every expression ~12 wrappers deep (logical > bitwise > comparison > additive …)
    if (children.length === 1 && children[0].isNamed) return this.ev(children[0]);
    const ops: string[] = [];
    const vals: Val[] = [];
    const kids: SyntaxNode[] = [];
    for (const c of children) {
      // `-join`, `-replace`, `-split` come as a named comparison_operator node in some positions
      if (!c.isNamed || c.type === 'comparison_operator') ops.push(c.text.toLowerCase());
      else if (c.type === 'format_operator') {
        // the grammar puts the operand inside the operator node or after it, as its sibling
        ops.push('-f');
        const arg = c.namedChildCount ? c.namedChild(c.namedChildCount - 1) : null;
        if (arg) {
          kids.push(c);
          vals.push(this.ev(arg));
        }
      } else if (c.type !== 'comment') {
        kids.push(c);
        vals.push(this.ev(c));
      }
    }
    // integer arithmetic on literals (`$_ -bxor 0x5a`, `$c - 3`)
    if (ops.length === 1 && vals.length === 2 && PS_INT_OPS[ops[0]!] && !kids.some((k) => /string/.test(k.type))) {
      const folded = foldInt(PS_INT_OPS[ops[0]!]!, vals[0]!, vals[1]!);
      if (folded) return folded;
    }
    if (vals.length === 2 && ops.includes('-f') && vals[0].s !== undefined) {
      const args = vals[1].items ?? [vals[1]];
      const s = vals[0].s.replace(/\{(\d+)(?:[,:][^}]*)?\}/g, (_, i: string) => textOf(args[Number(i)], 'arg' + i));
      return { ...carry(...vals), s, exact: vals[0].exact && args.every((a) => a.exact) };
    }
    if (ops.length && ops.every((o) => o === '+') && vals.length >= 2) {
      // an array plus values is the array with them appended (`@('-NoP','-Enc') + $blob`), not a joined string
      if (vals[0].items && vals[0].s === undefined) {
        const items = vals.flatMap((v) => (v.items && v.s === undefined ? v.items : [v]));
        return { ...carry(...vals), items, exact: items.every((i) => i.exact) || undefined };
      }
      return concat(vals);
    }
    if (ops.length && ops.every((o) => o === ',')) return { ...carry(...vals), items: vals, producers: vals.flatMap((v) => v.producers) };
    if (ops.includes('-join') && vals.length === 2) {
      const items = vals[0].items ?? [vals[0]];
      return { ...carry(...vals), s: items.map((i) => textOf(i)).join(vals[1].s ?? ''), exact: items.every((i) => i.exact) };
    }
    if (ops.length === 1 && ops[0] === '-join' && vals.length === 1) {
      const items = vals[0].items ?? [vals[0]];
      return { ...carry(...vals), s: items.map((i) => textOf(i)).join(''), exact: items.every((i) => i.exact) };
    }
    if (ops.includes('-replace') && vals.length >= 2 && vals[0].s !== undefined) {
      const pair = vals[1].items ?? [vals[1]];
      try {
        if (pair[0]?.s !== undefined) return { ...pass(vals[0]), s: vals[0].s.replace(new RegExp(pair[0].s, 'gi'), pair[1]?.s ?? '') };
      } catch {
        // not a valid regex in JS: leave unfolded
      }
    }
    return carry(...vals);
  }

  private expandable(n: SyntaxNode): Val {
    const raw = n.text;
    const here = n.type === 'expandable_here_string_literal';
    const open = here ? 2 : 1;
    const end = Math.max(open, raw.length - open);
    const parts: Val[] = [];
    let cursor = open;
    for (const c of namedKids(n)) {
      const at = raw.indexOf(c.text, cursor);
      if (at < 0) continue;
      parts.push(lit(unescapePs(raw.slice(cursor, at))));
      const v = this.ev(c);
      parts.push(v.s !== undefined ? v : { ...v, s: '${' + c.text.replace(/^\$\{?|\}$/g, '').slice(0, 40) + '}' });
      cursor = at + c.text.length;
    }
    if (cursor < end) parts.push(lit(unescapePs(raw.slice(cursor, end))));
    const out = parts.length ? concat(parts) : lit('');
    if (here && out.s) out.s = out.s.replace(/^\r?\n/, '').replace(/\r?\n$/, '');
    return out;
  }

  private variable(n: SyntaxNode): Val {
    const raw = n.text;
    const env = /^\$\{?env:([\w()]+)\}?$/i.exec(raw);
    if (env) return this.envRead(env[1], line(n), raw);
    const name = varName(raw);
    if (name === 'myinvocation' || name === 'pscommandpath') return val({ s: '${__file__}', self: true });
    if (name === 'psscriptroot') return val({ s: '${PSScriptRoot}' });
    if (name === 'home') return val({ s: '~' });
    if (name === 'true' || name === 'false') return lit('$' + name);
    if (name === 'null') return val();
    const bound = this.scope.get(name) ?? this.global.get(name);
    return refVal(this.em, name, bound);
  }

  private envRead(name: string, l: number, ev: string): Val {
    const { text, pathBase } = envText(name);
    const cls = pathBase ? undefined : classifyEnvName(name);
    if (!cls) return val({ s: text });
    return { ...this.em.read(l, ev, cls, { path: name }), s: text };
  }

  private hash(n: SyntaxNode): Val {
    const entries: Array<[string, Val]> = [];
    for (const e of findAll(n, 'hash_entry', 3)) {
      const k = namedOf(e, 'key_expression');
      const v = e.namedChild(e.namedChildCount - 1);
      const kv = k ? this.ev(k) : val();
      entries.push([(kv.s ?? k?.text ?? '?').toLowerCase(), v && v !== k ? this.ev(v) : val()]);
    }
    return { ...carry(...entries.map(([, v]) => v)), entries, producers: entries.flatMap(([, v]) => v.producers) };
  }

  private member(n: SyntaxNode): Val {
    const text = n.text.toLowerCase();
    if (/^\$myinvocation\.mycommand\.(?:path|definition)$/.test(text)) return val({ s: '${__file__}', self: true });
    if (/^\[(?:system\.)?environment\]::(?:username|machinename|userdomainname)$/.test(text)) return this.em.read(line(n), n.text, 'host-identity', { path: text });
    const base = n.namedChild(0);
    const v = base ? this.ev(base) : val();
    const member = this.memberName(n);
    // (`[Microsoft.Win32.Registry]::CurrentUser`: the hive, a registry key its methods open under)
    if (v.obj && /^type:(?:microsoft\.win32\.)?registry$/.test(v.obj) && /^(?:currentuser|localmachine)$/.test(member)) return val({ obj: 'regkey', s: member === 'currentuser' ? 'HKCU:' : 'HKLM:' });
    if (v.obj?.startsWith('type:')) return val({ obj: `${v.obj}::${member}` });
    if (v.obj === 'command' && /^(?:source|path|definition|name)$/.test(member)) return { ...pass(v), obj: undefined };
    if (/^(?:content|rawcontent|fullname|name|value)$/.test(member) || v.origin) return { ...pass(v), obj: v.obj === 'listing' ? 'listing' : undefined };
    return carry(v);
  }

  // ---- .NET calls ----

  private invoke(n: SyntaxNode): Val {
    return this.invokeParts(n.namedChild(0)!, this.memberName(n), namedOf(n, 'argument_list'), n);
  }

  /** A member's name, lower-cased; a variable's value when the name is one (`(New-Object $t).$m($u)`). */
  private memberName(n: SyntaxNode): string {
    const m = namedOf(n, 'member_name');
    if (!m) return '';
    const v = m.text.startsWith('$') ? findFirst(m, 'variable') : undefined;
    return ((v ? this.ev(v).s : undefined) ?? m.text).toLowerCase();
  }

  /** `target.member(args)` / `[Type]::member(args)`. */
  private invokeParts(target: SyntaxNode, member: string, argList: SyntaxNode | undefined, n: SyntaxNode): Val {
    const args: Val[] = [];
    if (argList) for (const a of findAll(argList, 'argument_expression', 2)) args.push(this.ev(a));
    const recv = this.ev(target);
    const l = line(n);
    const ev = n.text;
    const a0 = args[0];
    const t = recv.obj?.startsWith('type:') ? recv.obj.slice(5) : recv.obj ?? '';

    // encodings
    if (/^convert::?$|^convert$/.test(t) || t === 'convert') {
      if (member === 'frombase64string') return decodeLiteral(a0 ?? val(), 'base64');
      // (of a text the script holds, the base64 of its UTF-16 bytes, as -EncodedCommand takes it: a command it encodes
      // for a scheduled task or an elevated start is read where it runs)
      if (member === 'tobase64string') {
        const r = this.em.emit('encode', l, ev, { command: 'ToBase64String' }, [a0 ?? val()]).result;
        return a0?.s !== undefined && !a0.bin ? { ...r, s: Buffer.from(a0.s, 'utf16le').toString('base64'), exact: a0.exact } : r;
      }
    }
    if (/^text\.encoding::(?:utf8|ascii|default|utf32|unicode|bigendianunicode)$/.test(t)) {
      if (member === 'getstring') {
        if (/unicode/.test(t) && a0?.s !== undefined && a0.bin) return { ...carry(a0), s: Buffer.from(a0.s, 'latin1').toString('utf16le'), exact: true, origin: a0.origin };
        return a0 ? pass(a0, { bin: false, origin: a0.origin }) : val();
      }
      if (member === 'getbytes') return a0 ? pass(a0) : val();
    }
    if (t === 'io.file' || t === 'file') {
      if (/^readall(?:text|bytes|lines)$/.test(member)) return this.em.readFile(a0 ?? val(), l, ev);
      if (/^(?:writeall|appendall)(?:text|bytes|lines)$/.test(member)) return this.em.writeFile(a0 ?? val(), carry(args[1]), l, ev);
      if (member === 'copy') return this.collect(a0 ?? val(), args[1] ?? val(), l, ev);
      if (member === 'delete') return this.em.remove(a0 ?? val(), false, l, ev);
    }
    if (/^io\.compression\.zipfile$/.test(t) && member === 'createfromdirectory') return this.archive(a0 ?? val(), args[1] ?? val(), l, ev);
    if (t === 'io.path' && member === 'combine') return { ...carry(...args), s: joinPaths(args.map((a) => textOf(a, 'p'))), exact: args.every((a) => a.exact) };
    if (t === 'environment') {
      if (member === 'getenvironmentvariable' && a0?.s) return this.envRead(a0.s, l, ev);
      if (member === 'getenvironmentvariables') return this.em.read(l, ev, 'env-secrets', { path: 'environment' });
      if (member === 'getfolderpath') return val({ s: '${' + (a0?.s ?? 'folder') + '}' });
    }
    // the Windows credential store read through advapi32 (a P/Invoke type declared with Add-Type)
    if (/^cred(?:read|enumerate)w?$/.test(member)) return this.em.read(l, ev, 'keychain', { path: 'CredRead' });
    if (t === 'net.dns' && /^(?:gethostaddresses|gethostentry|resolve|gethostbyname)$/.test(member)) return this.em.dnsLookup(a0, l, ev);
    if (/^(?:scriptblock)$/.test(t) && member === 'create') return this.runCode(a0 ?? val(), l, ev);
    if (/^(?:reflection\.assembly)$/.test(t) && /^load/.test(member)) return this.runCode({ ...carry(a0), origin: a0?.origin ?? 'decoded' }, l, ev);
    if (/^diagnostics\.process$/.test(t) && member === 'start') {
      // Start(ProcessStartInfo): its FileName and Arguments
      const info = a0?.entries && args.length === 1 ? new Map(a0.entries) : undefined;
      const parts = info?.has('filename') ? [info.get('filename')!, ...(info.has('arguments') ? [info.get('arguments')!] : [])] : args;
      return this.execCmd({ ...concat(parts, ' '), ...(info ? { keys: [...new Set([...concat(parts, ' ').keys, ...a0!.keys])] } : {}) }, l, ev);
    }
    if (t === 'io.compression.gzipstream' || /^io\.compression/.test(t)) return { ...carry(...args), origin: 'decoded' };

    // web client
    if (recv.obj === 'webclient') {
      if (/^(?:uploadfile|uploadfileasync|uploadfiletaskasync)$/.test(member)) {
        const file = args[args.length - 1] ?? val();
        return this.em.send(a0 ?? val(), 'http', l, ev, [this.em.readFile(file, l, ev)]);
      }
      if (/^(?:uploadstring|uploaddata|uploadvalues|uploadstringasync|uploaddataasync|uploadstringtaskasync|uploadvaluesasync)$/.test(member)) return this.em.send(a0 ?? val(), 'http', l, ev, [args[args.length - 1] ?? val()]);
      if (/^(?:downloadstring|downloaddata|openread|downloadstringtaskasync|downloaddatataskasync)$/.test(member)) return this.em.fetch(a0 ?? val(), l, ev);
      if (/^(?:downloadfile|downloadfileasync|downloadfiletaskasync)$/.test(member)) {
        const dst = args[1] ?? val();
        const f = this.em.fetch(a0 ?? val(), l, ev, [], dst.s !== undefined ? [fileKey(dst.s)] : []);
        if (dst.s !== undefined) this.em.writeFile(dst, f, l, ev);
        return { ...f, s: dst.s };
      }
      if (member === 'headers' || member === 'add') return carry(...args);
    }
    if (recv.obj === 'socket') {
      if (member === 'getstream') return val({ obj: 'socket', state: recv.state });
      if (/^(?:write|send|writeline|writeasync)$/.test(member)) return this.em.send(lit(recv.state?.host ?? '${host}'), 'socket', l, ev, [a0 ?? val()]);
      if (/^(?:read|readline|readtoend|receive)$/.test(member)) return val({ origin: 'downloaded' });
      if (member === 'connect') {
        if (recv.state) recv.state.host = a0?.s;
        return val();
      }
    }
    if (recv.obj === 'wshell') {
      if (member === 'run' || member === 'exec') {
        this.execCmd(a0 ?? val(), l, ev);
        if (args[1]?.s === '0') this.em.emit('spawn-hidden', l, ev, { command: textOf(a0, 'cmd').slice(0, 200) }, [a0 ?? val()]);
        return val();
      }
      if (member === 'regwrite') return this.registry(a0 ?? val(), args[1] ?? val(), l, ev);
    }
    if (recv.obj === 'http-client' && /^(?:postasync|putasync|sendasync|patchasync)$/.test(member)) return this.em.send(a0 ?? val(), 'http', l, ev, args.slice(1));
    if (recv.obj === 'http-client' && /^(?:getstringasync|getasync|getbytearrayasync|getstreamasync)$/.test(member)) return this.em.fetch(a0 ?? val(), l, ev);
    if (/^(?:invoke|invokereturnasis)$/.test(member) && recv.fn) return val();
    // a registry key's .NET methods: a subkey opened or made under it, a value set in it
    if (recv.obj === 'regkey' && /^(?:createsubkey|opensubkey)$/.test(member)) return { ...carry(recv, a0), obj: 'regkey', s: `${recv.s ?? ''}\\${a0?.s ?? '${key}'}` };
    if (recv.obj === 'regkey' && member === 'setvalue') return this.registry(val({ s: recv.s }), args[1] ?? val(), l, ev, a0);
    if (member === 'reverse' || (t === 'array' && member === 'reverse')) return a0 ? decodeLiteral(a0, 'reverse') : val();
    if (member === 'replace' && recv.s !== undefined && a0?.s !== undefined) return { ...pass(recv), s: recv.s.split(a0.s).join(args[1]?.s ?? '') };
    if (/^(?:tolower|toupper|trim|tostring|tochararray)$/.test(member) && !recv.obj?.startsWith('type:')) return { ...pass(recv), s: member === 'tolower' ? recv.s?.toLowerCase() : member === 'toupper' ? recv.s?.toUpperCase() : recv.s };
    if (member === 'substring' || member === 'split') return carry(recv);
    return carry(recv, ...args);
  }

  // ---- cmdlets ----

  private parseArgs(n: SyntaxNode): Args {
    const named = new Map<string, Val>();
    const switches = new Set<string>();
    const pos: Val[] = [];
    const blocks: SyntaxNode[] = [];
    const els = namedOf(n, 'command_elements') ?? (n.childForFieldName('command_elements') as SyntaxNode | null);
    const kids: SyntaxNode[] = [];
    if (els) kids.push(...allKids(els));
    else for (const c of namedKids(n)) if (c.type === 'script_block_expression') kids.push(c);
    let pending: string | undefined;
    let prev: { node: SyntaxNode; list: Val[] | undefined; name?: string } | undefined;
    for (const c of kids) {
      if (!c.isNamed || c.type === 'command_argument_sep' || c.type === 'comment') continue;
      // `iex (New-Object Net.WebClient).DownloadString($u)`: in argument mode the grammar splits the call
      // into a member access and a following argument list; rejoin them.
      if (c.type === 'argument_list' && prev) {
        const ma = lastMemberAccess(prev.node);
        if (ma) {
          const v = this.invokeParts(ma.namedChild(0)!, this.memberName(ma), c, ma.parent ?? ma);
          if (prev.name) named.set(prev.name, v);
          else if (prev.list) prev.list[prev.list.length - 1] = v;
          continue;
        }
      }
      if (c.type === 'argument_list') {
        // `New-Object Net.Sockets.TCPClient('192.0.2.1', 443)`: constructor arguments
        const items = [...findAll(c, 'argument_expression', 2)].map((a) => this.ev(a));
        const v = { ...carry(...items), items };
        if (pending) {
          named.set(pending, v);
          pending = undefined;
        } else pos.push(v);
        prev = undefined;
        continue;
      }
      if (c.type === 'command_parameter') {
        if (pending) switches.add(pending);
        const m = /^-([\w-]+):?(.*)$/.exec(c.text);
        pending = m?.[1].toLowerCase();
        // (a switch abbreviated, as PowerShell allows any unique beginning: `iwr -useb URL`)
        if (pending && pending.length >= 3 && !SWITCHES.has(pending)) {
          const full = [...SWITCHES].filter((w) => w.startsWith(pending!));
          if (full.length === 1) pending = full[0];
        }
        if (pending && SWITCHES.has(pending) && !VALUED.has(pending)) {
          switches.add(pending);
          pending = undefined;
        }
        continue;
      }
      // a block argument, bare or inside the grammar's single-child expression wrappers (`Measure-Command { … }`)
      let sb: SyntaxNode | null = c;
      while (sb && sb.type !== 'script_block_expression' && sb.namedChildCount === 1 && /_expression$/.test(sb.type)) sb = sb.namedChild(0);
      if (sb?.type === 'script_block_expression') blocks.push(sb);
      if (c.type === 'redirection' || c.type === 'file_redirection_operator') continue;
      const v = this.ev(c);
      if (pending) {
        named.set(pending, v);
        prev = { node: c, list: undefined, name: pending };
        pending = undefined;
      } else {
        pos.push(v);
        prev = { node: c, list: pos };
      }
    }
    if (pending) switches.add(pending);
    return { named, switches, pos, blocks, text: n.text };
  }

  private param(a: Args, ...names: string[]): Val | undefined {
    for (const name of names) {
      const exact = a.named.get(name);
      if (exact) return exact;
    }
    for (const [k, v] of a.named) if (names.some((nm) => nm.startsWith(k) && k.length >= 2)) return v;
    return undefined;
  }

  private has(a: Args, ...names: string[]): boolean {
    return names.some((nm) => a.switches.has(nm) || [...a.switches].some((s) => s.length >= 2 && nm.startsWith(s)));
  }

  private command(n: SyntaxNode, input: Val | undefined): Val {
    const nameNode = n.childForFieldName('command_name') ?? namedOf(n, 'command_name') ?? namedOf(n, 'command_name_expr');
    const l = line(n);
    const ev = this.pipeText ?? n.text;
    if (namedOf(n, 'foreach_command')) {
      const fc = namedOf(n, 'foreach_command')!;
      const blocks = this.parseArgs(fc).blocks;
      for (const c of namedKids(fc)) if (c.type === 'script_block_expression' && !blocks.includes(c)) blocks.push(c);
      // what flows in flows out, as for `ForEach-Object` spelled as a cmdlet (below)
      const mapped = this.scriptBlocks(blocks, input);
      return mapped.items && mapped.exact ? mapped : { ...carry(input, mapped) };
    }
    const invoked = namedOf(n, 'command_invokation_operator');
    if (invoked || nameNode?.type === 'command_name_expr') {
      const target = nameNode?.namedChild(0) ? this.ev(nameNode.namedChild(0)!.type === 'path_command_name' ? nameNode.namedChild(0)!.namedChild(0) ?? nameNode.namedChild(0)! : nameNode.namedChild(0)!) : val();
      const args = this.parseArgs(n);
      // (`& { … }`: the block itself is what is invoked)
      let block: SyntaxNode | null | undefined = nameNode?.namedChild(0);
      while (block && block.type !== 'script_block_expression' && block.namedChildCount === 1) block = block.namedChild(0);
      if (target.fn === '<block>' && block?.type === 'script_block_expression' && !args.blocks.includes(block)) return this.scriptBlocks([block, ...args.blocks], input);
      if (target.fn) return this.scriptBlocks(args.blocks, input);
      if (target.s && this.fns.has(target.s.toLowerCase())) return this.callUser(target.s, this.fns.get(target.s.toLowerCase())!, args);
      if (invoked?.text === '.') this.sourceLocal(target, n.text);
      return this.execCmd(concat([target, ...args.pos], ' '), l, ev);
    }
    const rawName = (nameNode?.text ?? '').replace(/^["']|["']$/g, '');
    const lower = rawName.toLowerCase();
    const name = ALIASES[lower] ?? lower;
    const a = this.parseArgs(n);
    const a0 = a.pos[0];
    const user = this.fns.get(lower);
    if (user) return this.callUser(lower, user, a);
    if (name === 'import-module') this.sourceLocal(this.param(a, 'name') ?? a0 ?? val(), n.text);
    if (this.sources.length) {
      const cross = this.crossCall(lower, a);
      if (cross) return cross;
    }

    switch (name) {
      case 'get-content':
        return this.em.readFile(this.param(a, 'path', 'literalpath') ?? a0 ?? input ?? val(), l, ev);
      case 'set-content':
      case 'add-content':
      case 'out-file':
      {
        // what is written: the one value given (its text too), or what several carry
        const given = [this.param(a, 'value', 'inputobject'), input, a.pos[1]].filter((v): v is Val => !!v);
        return this.em.writeFile(this.param(a, 'path', 'filepath', 'literalpath') ?? a0 ?? val(), given.length === 1 ? given[0] : carry(...given), l, ev);
      }
      case 'new-item': {
        const p = this.param(a, 'path') ?? a0;
        const value = this.param(a, 'value');
        if (p && value) return this.em.writeFile(p, value, l, ev);
        return val();
      }
      case 'get-childitem':
      case 'get-item': {
        const p = this.param(a, 'path', 'literalpath') ?? a0 ?? val();
        if (/^env:\\?$/i.test(p.s ?? '')) return this.em.read(l, ev, 'env-secrets', { path: 'env:' });
        const envItem = /^env:\\?(\w+)$/i.exec(p.s ?? '');
        if (envItem) return this.envRead(envItem[1], l, ev);
        return this.em.listDir(p, l, ev);
      }
      case 'copy-item':
      case 'move-item':
        if (/^(?:env|function|variable|alias):/i.test((this.param(a, 'path', 'literalpath') ?? a0)?.s ?? '')) return val();
        return this.collect(this.param(a, 'path', 'literalpath') ?? a0 ?? input ?? val(), this.param(a, 'destination') ?? a.pos[1] ?? val(), l, ev);
      case 'compress-archive':
        return this.archive(this.param(a, 'path', 'literalpath') ?? input ?? a0 ?? val(), this.param(a, 'destinationpath') ?? a.pos[1] ?? val(), l, ev);
      case 'invoke-webrequest':
      case 'invoke-restmethod': {
        const url = this.param(a, 'uri') ?? a0 ?? val();
        const method = (this.param(a, 'method')?.s ?? '').toUpperCase();
        const body = this.param(a, 'body');
        const infile = this.param(a, 'infile');
        const headers = this.param(a, 'headers');
        const form = this.param(a, 'form');
        const outfile = this.param(a, 'outfile');
        const data = [body, headers, form, input].filter((x): x is Val => !!x);
        if (infile) data.push(this.em.readFile(infile, l, ev));
        const carried = carry(...data, url);
        if (body || infile || form || /^(?:POST|PUT|PATCH)$/.test(method) || carried.keys.length || carried.secrets.length) {
          const r = this.em.send(url, 'http', l, ev, data);
          if (!outfile) return { ...r, origin: 'downloaded' };
        }
        const f = this.em.fetch(url, l, ev, [], outfile?.s !== undefined ? [fileKey(outfile.s)] : []);
        if (outfile) this.em.writeFile(outfile, f, l, ev);
        return f;
      }
      case 'start-bitstransfer': {
        const src = this.param(a, 'source') ?? a0 ?? val();
        const dst = this.param(a, 'destination') ?? a.pos[1] ?? val();
        if (/upload/i.test(this.param(a, 'transfertype')?.s ?? '')) return this.em.send(dst, 'http', l, ev, [this.em.readFile(src, l, ev)]);
        const f = this.em.fetch(src, l, ev, [], dst.s !== undefined ? [fileKey(dst.s)] : []);
        if (dst.s !== undefined) this.em.writeFile(dst, f, l, ev);
        return f;
      }
      case 'invoke-expression':
        return this.runCode(this.param(a, 'command') ?? a0 ?? input ?? val(), l, ev);
      case 'invoke-command':
      case 'start-job':
      case 'start-threadjob': {
        const out = this.scriptBlocks(a.blocks, input);
        const fp = this.param(a, 'filepath');
        if (fp) this.execCmd(fp, l, ev);
        return out;
      }
      case 'where-object':
      case 'foreach-object':
      case 'select-object':
      case 'sort-object':
      case 'convertto-json':
      case 'convertfrom-json':
      case 'out-string':
      case 'write-output':
      case 'tee-object':
      case 'format-table':
      case 'format-list':
      case 'select-string':
      case 'measure-object':
      case 'measure-command': {
        const out = this.scriptBlocks(a.blocks, input);
        // (a table mapped item by item is the mapped table)
        if (name === 'foreach-object' && out.items && out.exact) return out;
        return carry(input, out, ...a.pos, ...a.named.values());
      }
      case 'start-process': {
        const file = this.param(a, 'filepath') ?? a0 ?? val();
        const argList = this.param(a, 'argumentlist') ?? a.pos[1];
        const cmd = concat(argList ? [file, argList] : [file], ' ');
        this.execCmd(cmd, l, ev);
        if (/hidden/i.test(this.param(a, 'windowstyle')?.s ?? '') || /(?:^|\s)-(?:w|windowstyle)\s+hidden\b/i.test(cmd.s ?? '')) this.em.emit('spawn-hidden', l, ev, { command: textOf(cmd, 'cmd').slice(0, 200) }, [cmd]);
        if (/^runas$/i.test(this.param(a, 'verb')?.s ?? '')) this.em.emit('escalate', l, ev, { command: 'RunAs' }, [cmd]);
        return val({ obj: 'process' });
      }
      case 'new-object': {
        const type = (this.param(a, 'typename') ?? a0)?.s?.toLowerCase().replace(/^system\./, '') ?? '';
        const com = this.param(a, 'comobject')?.s?.toLowerCase() ?? '';
        const ctorArgs = this.param(a, 'argumentlist') ?? a.pos[1];
        if (/^net\.webclient$/.test(type)) return val({ obj: 'webclient' });
        if (/^net\.http\.httpclient$/.test(type)) return val({ obj: 'http-client' });
        if (/^net\.sockets\.(?:tcpclient|udpclient|socket)$/.test(type)) {
          this.socketSeen = true;
          const items = ctorArgs?.items ?? (ctorArgs ? [ctorArgs] : []);
          return val({ obj: 'socket', state: { host: items[0]?.s } });
        }
        if (com === 'wscript.shell' || com === 'shell.application') return val({ obj: 'wshell' });
        if (/io\.compression|io\.memorystream|io\.streamreader/.test(type)) return { ...carry(ctorArgs), origin: ctorArgs?.origin };
        return carry(ctorArgs);
      }
      case 'new-itemproperty':
      case 'set-itemproperty':
        return this.registry(this.param(a, 'path') ?? a0 ?? val(), this.param(a, 'value') ?? a.pos[2] ?? val(), l, ev, this.param(a, 'name'));
      case 'register-scheduledtask':
      case 'new-scheduledtask':
      case 'new-scheduledtaskaction':
      case 'schtasks':
      case 'schtasks.exe': {
        const action = this.param(a, 'execute');
        const argument = this.param(a, 'argument');
        if (name === 'new-scheduledtaskaction' && action) {
          const cmd = concat(argument ? [action, argument] : [action], ' ');
          this.em.emit('exec', l, ev, { command: textOf(cmd, 'cmd').slice(0, 200), origin: originOf(cmd) }, [cmd]);
          lowerCommand(this.em, l, cmd);
          return val({ obj: 'task-action', ...carry(cmd) });
        }
        if (name === 'new-scheduledtaskaction') return val();
        if (name.startsWith('schtasks') && !/\/create/i.test(ev)) return val();
        this.em.emit('persist', l, ev, { mechanism: 'scheduled-task' }, [carry(...a.pos, ...a.named.values())]);
        return val();
      }
      // A WMI event subscription's consumer: its command runs at every event of its filter (classify.ts)
      case 'set-wmiinstance':
      case 'new-ciminstance': {
        const template = wmiConsumerCommand(ev);
        if (template === undefined) return val();
        this.em.emit('persist', l, ev, { mechanism: 'scheduled-task' }, [carry(...a.pos, ...a.named.values())]);
        if (template) {
          const cmd = lit(template);
          this.em.emit('exec', l, ev, { command: template.slice(0, 200), origin: originOf(cmd) }, [cmd]);
          lowerCommand(this.em, l, cmd);
        }
        return val();
      }
      case 'set-mppreference':
        if (/-Disable\w*\s+(?:\$true|1)\b|-(?:DisableRealtimeMonitoring|DisableIOAVProtection|DisableBehaviorMonitoring|DisableScriptScanning|DisableBlockAtFirstSeen)\b/i.test(ev)) {
          this.em.emit('escalate', l, ev, { command: 'disable Defender' }, []);
          this.em.emit('instruct', l, ev, { instruct: 'disable-guard' }, []);
        }
        return val();
      case 'add-mppreference':
        // (an exclusion is a folder, a file type or a program Defender no longer scans)
        if (/-Exclusion(?:Path|Process|Extension)/i.test(ev)) {
          this.em.emit('escalate', l, ev, { command: 'Defender exclusion' }, []);
          if (broadDefenderExclusion(ev)) this.em.emit('instruct', l, ev, { instruct: 'disable-guard' }, []);
        }
        return val();
      case 'remove-item':
        return this.em.remove(this.param(a, 'path', 'literalpath') ?? a0 ?? input ?? val(), this.has(a, 'recurse'), l, ev);
      case 'get-clipboard':
        return this.em.read(l, `clipboard: ${ev}`, 'user-files', { path: 'clipboard' });
      case 'get-credential':
        return this.em.read(l, ev, 'user-credentials', { path: 'Get-Credential' });
      case 'add-type': {
        const src = this.param(a, 'typedefinition', 'memberdefinition') ?? a0;
        if (src?.s && /GetAsyncKeyState|SetWindowsHookEx|GetKeyboardState/.test(src.s)) return this.em.read(l, 'keystrokes: Add-Type ' + (src.s.match(/GetAsyncKeyState|SetWindowsHookEx|GetKeyboardState/)?.[0] ?? ''), 'user-files', { path: 'keystrokes' });
        if (src?.s && /CopyFromScreen/.test(src.s)) return this.em.read(l, 'screen: Add-Type CopyFromScreen', 'user-files', { path: 'screen' });
        return val();
      }
      case 'resolve-dnsname':
        return this.em.dnsLookup(this.param(a, 'name') ?? a0, l, ev);
      case 'send-mailmessage': {
        const server = this.param(a, 'smtpserver') ?? val({ s: '${smtp}' });
        const att = this.param(a, 'attachments', 'attachment');
        const data = [this.param(a, 'body'), this.param(a, 'subject'), att ? this.em.readFile(att, l, ev) : undefined, input].filter((x): x is Val => !!x);
        return this.em.send(server, 'smtp', l, ev, data);
      }
      case 'get-command':
      case 'gcm':
        // `(Get-Command powershell).Source`: the program by its name
        return a0?.s !== undefined ? val({ s: a0.s, exact: a0.exact, obj: 'command' }) : val();
      case 'set-variable':
      case 'write-host':
      case 'start-sleep':
      case 'out-null':
      case 'test-path':
      case 'set-location':
      case 'push-location':
      case 'pop-location':
        return val();
      case 'join-path': {
        const parts = [this.param(a, 'path') ?? a0, this.param(a, 'childpath') ?? a.pos[1], ...a.pos.slice(2)].filter((x): x is Val => !!x);
        return { ...carry(...parts), s: joinPaths(parts.map((p) => textOf(p, 'p'))), exact: parts.every((p) => p.exact) };
      }
      case 'convertto-securestring':
      case 'convertfrom-securestring':
        return carry(input, ...a.pos, ...a.named.values());
      default: {
        // a native program (curl.exe, scp, reg, schtasks, powershell -enc …): lowered as a command line
        const cmd = concat([lit(rawName), ...a.pos.map((p) => ({ ...p, s: p.s !== undefined && /\s/.test(p.s) ? `"${p.s}"` : p.s })), ...[...a.named].flatMap(([k, v]) => [lit('-' + k), v]), ...[...a.switches].map((s) => lit('-' + s))], ' ');
        if (/^(?:powershell|pwsh|cmd|bash|sh|python\d?|wscript|cscript|mshta|rundll32|regsvr32)(?:\.exe)?$/.test(lower) || /\.(?:exe|bat|cmd|ps1|vbs|js)$/i.test(lower)) {
          this.em.exec(l, ev, cmd, input?.origin ?? originOf(cmd));
        }
        const printed = lowerCommand(this.em, l, { ...cmd, s: textOf(cmd).replace(/"/g, '"') });
        return carry(input, cmd, printed);
      }
    }
  }

  private scriptBlocks(blocks: SyntaxNode[], input: Val | undefined): Val {
    // a table of numbers mapped item by item (`114,101,103 | ForEach-Object { [char]$_ }`, `{ $_ -bxor 0x5a }`): every
    // item, not the first few a loop is lowered for, so `-join` has the whole text the table spells
    const table = input?.items;
    if (blocks.length === 1 && table && table.length >= 4 && table.length <= 4096 && table.every((x) => intOf(x) !== undefined)) {
      const saved = this.scope.get('_');
      const mapped: Val[] = [];
      for (const el of table) {
        this.scope.set('_', el);
        const v = this.walk(blocks[0]);
        if (!v || v.s === undefined || !v.exact) break;
        mapped.push(lit(v.s));
      }
      if (saved) this.scope.set('_', saved);
      if (mapped.length === table.length) return { ...carry(input), items: mapped, exact: true };
    }
    let out: Val | undefined;
    for (const b of blocks) {
      const saved = this.scope.get('_');
      for (const el of input ? loopItems(input, (x) => this.element(x)) : [undefined]) {
        if (el) {
          this.scope.set('_', stored(this.em, '_', el));
          this.scope.set('psitem', this.scope.get('_')!);
        }
        const v = this.walk(b);
        if (v) out = carry(out, v);
      }
      if (saved) this.scope.set('_', saved);
    }
    return out ?? val();
  }

  // ---- effect helpers ----

  private collect(src: Val, dst: Val, l: number, ev: string): Val {
    const r = this.em.readFile(src, l, ev);
    const { result } = this.em.emit('collect', l, ev, { path: dst.s, consumes: src.s !== undefined ? [fileKey(src.s)] : [] }, [r], dst.s !== undefined ? [fileKey(dst.s)] : []);
    const loc = dst.s !== undefined ? classifyWriteLocation(normPath(dst.s)) : 'other';
    if (!['other', 'temp', 'home'].includes(loc)) this.em.writeFile(dst, result, l, ev);
    return result;
  }

  private archive(src: Val, dst: Val, l: number, ev: string): Val {
    const srcs = src.items ?? [src];
    const reads = srcs.map((s) => this.em.readFile(s, l, ev));
    const consumes = srcs.filter((s) => s.s !== undefined).map((s) => fileKey(s.s!));
    return this.em.emit('archive', l, ev, { path: dst.s, consumes }, reads, dst.s !== undefined ? [fileKey(dst.s)] : []).result;
  }

  private registry(path: Val, data: Val, l: number, ev: string, name?: Val): Val {
    const key = path.s ?? '';
    const mech = persistenceOf(key) ?? (/\\(?:Run|RunOnce)\b|\/(?:Run|RunOnce)$/i.test(key) ? 'run-key' : /Winlogon|Image File Execution Options|\\Policies\\Explorer\\Run/i.test(key) ? 'run-key' : undefined);
    this.em.emit('write', l, ev, { location: classifyWriteLocation(key), path: key + (name?.s ? '\\' + name.s : '') }, [data]);
    if (mech) this.em.startup(l, ev, mech, key, data);
    if (/Windows Defender|DisableAntiSpyware|DisableRealtimeMonitoring/i.test(key + (name?.s ?? ''))) {
      this.em.emit('escalate', l, ev, { command: 'disable Defender' }, []);
      // (a Disable… policy value set: Defender's protection off by policy)
      if (/\bDisable\w+/i.test(`${key}\\${name?.s ?? ''}`) && !/^(?:0|false)$/i.test(String(data.s ?? '1').trim())) this.em.emit('instruct', l, ev, { instruct: 'disable-guard' }, []);
    }
    return val();
  }

  private runCode(code: Val, l: number, ev: string): Val {
    // a script holding a raw TCP connection that runs computed text is a remote shell: the text comes
    // from the socket (read into a buffer by side effect, which the value flow does not see)
    this.em.exec(l, ev, code, this.socketSeen && originOf(code) === 'computed' ? 'downloaded' : originOf(code));
    if (code.s !== undefined && code.exact && !code.bin) {
      const decoded = code.origin === 'decoded';
      if (decoded) this.em.decodedDepth++;
      try {
        this.em.relower('powershell', code.s, this.em, l);
      } finally {
        if (decoded) this.em.decodedDepth--;
      }
    }
    return val({ origin: code.origin });
  }

  private execCmd(cmd: Val, l: number, ev: string): Val {
    this.em.exec(l, ev, cmd, originOf(cmd));
    const printed = cmd.s !== undefined ? lowerCommand(this.em, l, cmd) : undefined;
    return { ...carry(printed), obj: 'process' };
  }
}

// ---- tree helpers ----

function namedOf(n: SyntaxNode, type: string): SyntaxNode | undefined {
  for (const c of namedKids(n)) {
    if (c.type === type) return c;
  }
  return undefined;
}

function findFirst(n: SyntaxNode, type: string): SyntaxNode | undefined {
  if (n.type === type) return n;
  for (const c of namedKids(n)) {
    const f = findFirst(c, type);
    if (f) return f;
  }
  return undefined;
}

/** Descendants of a type, not descending below `maxDepth` levels of nodes of that type or into `stop` types. */
function* findAll(n: SyntaxNode, type: string, maxDepth: number, stop: string[] = [], depth = 0): Generator<SyntaxNode> {
  for (const c of namedKids(n)) {
    if (c.type === type) yield c;
    else if (!stop.includes(c.type) && depth < 40) yield* findAll(c, type, maxDepth, stop, depth + 1);
  }
  void maxDepth;
}

/** The member access a node ends with, through single-child wrappers. */
function lastMemberAccess(n: SyntaxNode): SyntaxNode | undefined {
  let cur: SyntaxNode | null = n;
  for (let i = 0; cur && i < 20; i++) {
    if (cur.type === 'member_access') return cur;
    cur = cur.namedChildCount ? cur.namedChild(cur.namedChildCount - 1) : null;
  }
  return undefined;
}

function typeName(n: SyntaxNode): string {
  return n.text
    .replace(/^\[|\]$/g, '')
    .toLowerCase()
    .replace(/^system\./, '');
}

function varName(raw: string): string {
  return raw
    .replace(/^[$@]\{?/, '')
    .replace(/\}$/, '')
    .replace(/^(?:global|script|local|private|using):/i, '')
    .toLowerCase();
}

function unescapePs(s: string): string {
  return s.replace(/`([0nrtabfv`"$'])/g, (_, c: string) => ({ '0': '\0', n: '\n', r: '\r', t: '\t', a: '\x07', b: '\b', f: '\f', v: '\v' })[c] ?? c).replace(/""/g, '"');
}
