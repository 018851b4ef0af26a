/**
 * The flow graph: effects joined producer → consumer wherever one effect's `produces` key is another's
 * `consumes` key (a shell variable, a temp file, a variable in a script, a module export, a canary seen by
 * the emulator), across commands, code blocks, steps, files and languages. Rules ask it for paths.
 */
import type { Effect, Flow } from './types.js';

export class EffectGraph {
  readonly effects: Effect[];
  private readonly next = new Map<Effect, Effect[]>();

  constructor(effects: Effect[]) {
    this.effects = effects;
    const consumers = new Map<string, Effect[]>();
    for (const e of effects) for (const k of e.consumes ?? []) (consumers.get(k) ?? consumers.set(k, []).get(k)!).push(e);
    // Files also link through directories: a copy into dir/x feeds an archive of dir, and the reverse.
    const fileConsumers = [...consumers.entries()].filter(([k]) => k.startsWith('file:'));
    for (const e of effects) {
      const out = new Set<Effect>();
      for (const k of e.produces ?? []) {
        for (const c of consumers.get(k) ?? []) if (c !== e) out.add(c);
        if (k.startsWith('file:') && k.length > 7)
          for (const [ck, cs] of fileConsumers) if (ck !== k && (ck.startsWith(`${k}/`) || k.startsWith(`${ck}/`)) && ck.length > 7) for (const c of cs) if (c !== e) out.add(c);
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
