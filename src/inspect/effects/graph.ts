/**
 * The flow graph: effects joined producer → consumer wherever one effect's `produces` key is another's
 * `consumes` key (a shell variable, a temp file, a variable in a script, a module export, a canary seen by
 * the emulator), across commands, code blocks, steps, files and languages. Rules ask it for paths.
 */
import type { Effect, Flow } from './types.js';
import { escapeRegExp } from '../analyzers/regex-tier.js';

/** A piece of a path that stands for any name: a glob's `*` / `?`, an unresolved variable or substitution. */
const WILD = /(\*+|\?|\$\{?\w+\}?|\$\([^)]*\))/;
const globs = new Map<string, RegExp | null>();
/**
 * A file key with a wildcard piece in its file name, as a pattern over other file keys (each wildcard matches
 * within one path segment). Only a key whose directory is written out: `*.tgz` or `$dir/x` alone would match
 * files anywhere.
 */
function globOf(key: string): RegExp | undefined {
  let re = globs.get(key);
  if (re === undefined) {
    const p = key.slice(5);
    const slash = p.lastIndexOf('/');
    re = slash > 0 && WILD.test(p.slice(slash)) && !WILD.test(p.slice(0, slash))
      ? new RegExp(`^file:${p.split(WILD).map((part, i) => (i % 2 ? (part === '?' ? '[^/]' : '[^/]*') : escapeRegExp(part))).join('')}$`)
      : null;
    if (globs.size > 4096) globs.clear();
    globs.set(key, re);
  }
  return re ?? undefined;
}

/**
 * A file key with each computed piece (`${…}`) as one variable-like piece, so a `/` inside it is not a directory; and,
 * below a directory written out, every unknown piece of a name (`$id`, `$(date +%s)`, a placeholder `<id>`) as that
 * same piece: `/tmp/crashreport-$id` one script writes is the `/tmp/crashreport-<id>` a step passes to another.
 */
const opaque = (key: string): string => {
  if (!key.startsWith('file:')) return key;
  let k = key.includes('${') ? key.replace(/\$\{[^}]*\}/g, '${x}') : key;
  const slash = k.indexOf('/', 5);
  if (slash > 5 && /\$\w|\$\(|<[\w-]+>/.test(k.slice(slash))) k = k.slice(0, slash) + k.slice(slash).replace(/\$\([^)]*\)|\$[A-Za-z_]\w*|<[\w-]+>/g, '${x}');
  return k;
};

export class EffectGraph {
  readonly effects: Effect[];
  private readonly next = new Map<Effect, Effect[]>();

  constructor(effects: Effect[]) {
    this.effects = effects;
    const consumers = new Map<string, Effect[]>();
    for (const e of effects) for (const k of e.consumes ?? []) (consumers.get(k) ?? consumers.set(k, []).get(k)!).push(e);
    // Files also link through directories (a copy into dir/x feeds an archive of dir, and the reverse) and through
    // patterns: a glob one step reads (`snapshot-*.tgz`) names the file another wrote (`snapshot-$stamp.tgz`).
    // (an expression a translator could not compute, `${i / 48000}`, is one unknown piece of one name, whatever it holds)
    const fileConsumers = [...consumers.entries()].filter(([k]) => k.startsWith('file:')).map(([k, cs]): [string, Effect[]] => [opaque(k), cs]);
    for (const e of effects) {
      const out = new Set<Effect>();
      for (const produced of e.produces ?? []) {
        for (const c of consumers.get(produced) ?? []) if (c !== e) out.add(c);
        const k = opaque(produced);
        if (k.startsWith('file:') && k.length > 7)
          for (const [ck, cs] of fileConsumers)
            // (equal once their unknown pieces are one: `diag-${ts}.tar.gz` written, `diag-<timestamp>.tar.gz` sent)
            if (ck.length > 7 && (ck === k || ck.startsWith(`${k}/`) || k.startsWith(`${ck}/`) || globOf(ck)?.test(k) || globOf(k)?.test(ck))) for (const c of cs) if (c !== e) out.add(c);
      }
      if (out.size) this.next.set(e, [...out]);
    }
  }

  successors(e: Effect): readonly Effect[] {
    return this.next.get(e) ?? [];
  }

  /**
   * Shortest path from an effect matching `from` to one matching `to` (breadth first, bounded depth). A
   * single effect matching both (a send that carries a secret) is a one-hop flow.
   */
  flowsBetween(from: (e: Effect) => boolean, to: (e: Effect) => boolean, maxDepth = 8): Flow[] {
    const flows: Flow[] = [];
    const seenSinks = new Set<Effect>();
    for (const start of this.effects) {
      if (!from(start)) continue;
      if (to(start)) {
        if (!seenSinks.has(start)) flows.push({ hops: [start] });
        seenSinks.add(start);
        continue;
      }
      const prev = new Map<Effect, Effect>();
      const queue: Array<[Effect, number]> = [[start, 0]];
      const visited = new Set<Effect>([start]);
      while (queue.length) {
        const [cur, depth] = queue.shift()!;
        if (depth >= maxDepth) continue;
        for (const n of this.successors(cur)) {
          if (visited.has(n)) continue;
          visited.add(n);
          prev.set(n, cur);
          if (to(n)) {
            if (!seenSinks.has(n)) {
              const hops: Effect[] = [n];
              for (let p = prev.get(n); p; p = prev.get(p)) hops.unshift(p);
              flows.push({ hops });
              seenSinks.add(n);
            }
            continue;
          }
          queue.push([n, depth + 1]);
        }
      }
    }
    return flows;
  }
}
