import path from 'node:path';
import { failsThreshold, type Severity } from '../report/types.js';
import { hasSkillFile, isDirectory, NOT_SKILL_DIRS, skillsInRoot, type SkillRef } from './discover.js';
import { SkillEventStream, type ReadyEvent, type SkillEvent, type SkillWatchEvent } from './events.js';
import { quarantineSkill } from './quarantine.js';
import { RootWatch } from './root-watch.js';
import type { SkillRoot } from './roots.js';
import { SkillScanner, type SkillScan } from './scan.js';

export interface WatchSkillsOptions {
  roots: SkillRoot[];
  /** `<state>/clawguard/quarantine` */
  quarantineDir: string;
  /** Move blocked skills out of their root (default true). */
  quarantine?: boolean;
  /** A skill counts as blocked at verdict `block`, or when a finding reaches this severity. Default critical. */
  failOn?: Severity;
  /** Quiet time after the last change in a skill before it is inspected. Default 75 ms. */
  debounceMs?: number;
  /** A skill written to without pause is still inspected this often. Default 1000 ms. */
  maxWaitMs?: number;
  /** Poll instead of native watching (network filesystems). Also the fallback when handles run out. */
  usePolling?: boolean;
  pollIntervalMs?: number;
  /** How often each root's existence and identity are checked. Default 500 ms. */
  rootCheckMs?: number;
  scanner?: SkillScanner;
}

export interface SkillWatchHandle {
  events: SkillEventStream;
  /** Resolves with the `ready` event once every root is watched and every skill was scanned once. */
  ready: Promise<ReadyEvent>;
  close(): Promise<void>;
}

interface Known {
  ref: SkillRef;
  stateHash: string;
  verdict: string;
}

const ts = () => new Date().toISOString();

/**
 * Watch OpenClaw's skill roots; inspect every added or changed skill; quarantine blocked ones before the
 * event is printed, so by the time anyone reads `skill-blocked` the skill is no longer in any root.
 */
export function watchSkills(options: WatchSkillsOptions): SkillWatchHandle {
  const w = new SkillWatcher(options);
  const ready = new Promise<ReadyEvent>((resolve, reject) => {
    setImmediate(() => w.start().then(resolve, reject));
  });
  ready.catch(() => undefined);
  return { events: w.events, ready, close: () => w.close() };
}

class SkillWatcher {
  readonly events = new SkillEventStream();
  private readonly scanner: SkillScanner;
  private readonly known = new Map<string, Known>();
  private readonly pending = new Map<string, { timer: NodeJS.Timeout; since: number; ref: SkillRef }>();
  private readonly watches: RootWatch[] = [];
  /** Every inspection runs on this chain, one at a time: no two passes race on one folder. */
  private chain: Promise<void> = Promise.resolve();
  private started = false;
  /** Skills blocked and moved aside by the first scan: counted in `ready`. */
  private quarantinedAtStart = 0;
  private closed = false;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;

  constructor(private readonly options: WatchSkillsOptions) {
    this.scanner = options.scanner ?? new SkillScanner();
    this.debounceMs = options.debounceMs ?? 75;
    this.maxWaitMs = options.maxWaitMs ?? 1000;
  }

  async start(): Promise<ReadyEvent> {
    if (this.closed) throw new Error('the skill watcher was closed before it was ready');
    await this.scanner.warmUp();
    for (const root of this.options.roots) {
      const rw: RootWatch = new RootWatch(
        root,
        {
          usePolling: this.options.usePolling ?? false,
          pollIntervalMs: this.options.pollIntervalMs ?? 1000,
          rootCheckMs: this.options.rootCheckMs ?? 500,
          depth: 16,
        },
        {
          onPath: (p) => this.route(rw, p),
          onGone: () => this.rootGone(rw),
          onAppeared: () => this.enqueue(() => this.scanRoot(rw)),
          onFallback: (code, message) => this.emit({ ts: ts(), event: 'error', code, message, root: root.dir, fallback: 'polling' }),
          onError: (code, message) => this.emit({ ts: ts(), event: 'error', code, message, root: root.dir }),
        },
      );
      this.watches.push(rw);
    }
    // Watch first, then scan: a change made while the first scan runs is seen (and re-checked after it).
    await Promise.all(this.watches.map((rw) => rw.start()));
    const ready = await new Promise<ReadyEvent>((resolve, reject) => {
      this.enqueue(async () => {
        for (const rw of this.watches) if (rw.present) await this.scanRoot(rw);
        const verdicts = [...this.known.values()].map((k) => k.verdict);
        const event: ReadyEvent = {
          ts: ts(),
          event: 'ready',
          roots: this.watches.map((rw) => ({ dir: rw.root.dir, source: rw.root.source, exists: rw.present })),
          skills: verdicts.length + this.quarantinedAtStart,
          allow: verdicts.filter((v) => v === 'allow').length,
          warn: verdicts.filter((v) => v === 'warn').length,
          block: verdicts.filter((v) => v === 'block').length + this.quarantinedAtStart,
          quarantined: this.quarantinedAtStart,
          mode: this.watches.some((rw) => rw.polling) ? 'polling' : 'native',
        };
        this.started = true;
        this.emit(event);
        resolve(event);
      }).then(() => {
        if (!this.started) reject(new Error('the skill watcher was closed before it was ready'));
      }, reject);
    });
    return ready;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    await Promise.all(this.watches.map((rw) => rw.close()));
    await this.chain;
    this.events.end();
  }

  /** Events of a pass already running when close() was called are still delivered (its quarantine happened). */
  private emit(event: SkillWatchEvent): void {
    this.events.push(event);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.chain.then(() => (this.closed ? undefined : task()));
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Which skill a changed path belongs to: the first folder under the root, or the root when it is a skill. */
  private route(rw: RootWatch, abs: string): void {
    const rootDir = rw.root.dir;
    const rel = path.relative(rootDir, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return;
    if (this.known.has(rootDir) || this.pending.has(rootDir)) this.schedule({ name: path.basename(rootDir), dir: rootDir, root: rootDir });
    if (rel === '') return;
    const first = rel.split(path.sep)[0];
    if (NOT_SKILL_DIRS.has(first)) return;
    if (first === 'SKILL.md') {
      this.schedule({ name: path.basename(rootDir), dir: rootDir, root: rootDir });
      return;
    }
    this.schedule({ name: first, dir: path.join(rootDir, first), root: rootDir });
  }

  private schedule(ref: SkillRef): void {
    if (this.closed) return;
    const now = Date.now();
    const existing = this.pending.get(ref.dir);
    // Debounce, but never starve: a skill written to non-stop is still inspected every maxWaitMs.
    if (existing && now - existing.since >= this.maxWaitMs) return;
    if (existing) clearTimeout(existing.timer);
    const since = existing?.since ?? now;
    const delay = Math.min(this.debounceMs, Math.max(0, since + this.maxWaitMs - now));
    const timer = setTimeout(() => {
      this.pending.delete(ref.dir);
      void this.enqueue(() => this.process(ref));
    }, delay);
    this.pending.set(ref.dir, { timer, since, ref });
  }

  private async scanRoot(rw: RootWatch): Promise<void> {
    for (const ref of skillsInRoot(rw.root.dir)) await this.process(ref);
  }

  private rootGone(rw: RootWatch): void {
    for (const [dir, k] of [...this.known]) {
      if (k.ref.root !== rw.root.dir) continue;
      this.known.delete(dir);
      if (this.started) this.emit({ ts: ts(), event: 'skill-removed', skill: k.ref });
    }
  }

  private async process(ref: SkillRef): Promise<void> {
    const prior = this.known.get(ref.dir);
    const isRootSkill = ref.dir === ref.root;
    if (!isDirectory(ref.dir) || !hasSkillFile(ref.dir)) {
      if (prior) {
        this.known.delete(ref.dir);
        this.emit({ ts: ts(), event: 'skill-removed', skill: prior.ref });
      }
      // The root stopped being a skill itself: its subfolders may be skills now.
      if (isRootSkill && prior && isDirectory(ref.root)) for (const sub of skillsInRoot(ref.root)) await this.process(sub);
      return;
    }
    let scan: SkillScan;
    try {
      scan = await this.scanner.scan(ref);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || !isDirectory(ref.dir)) return; // removed mid-scan: its own event follows
      this.emit({ ts: ts(), event: 'error', code: code ?? 'ESCAN', message: `inspecting ${ref.dir}: ${(err as Error).message}`, skill: ref });
      return;
    }
    if (prior && prior.stateHash === scan.snapshot.stateHash) return;
    for (const u of scan.snapshot.unreadable) {
      this.emit({ ts: ts(), event: 'error', code: 'EUNREADABLE', message: `${path.join(ref.dir, u.rel)} could not be read (${u.reason}); it was not inspected`, skill: ref });
    }
    const { report } = scan;
    const blocked = report.verdict === 'block' || failsThreshold(report.findings, this.options.failOn ?? 'critical');
    if (!blocked) {
      this.known.set(ref.dir, { ref, stateHash: scan.snapshot.stateHash, verdict: report.verdict });
      if (!this.started) return;
      this.emit({ ts: ts(), event: prior ? 'skill-changed' : 'skill-added', skill: ref, verdict: report.verdict, findings: report.findings });
      return;
    }
    const event: SkillEvent = { ts: ts(), event: 'skill-blocked', skill: ref, verdict: report.verdict, findings: report.findings };
    if (this.options.quarantine !== false) {
      try {
        const q = quarantineSkill(this.options.quarantineDir, ref, { contentHash: scan.snapshot.contentHash, verdict: report.verdict, findings: report.findings });
        this.known.delete(ref.dir);
        if (!this.started) this.quarantinedAtStart += 1;
        event.quarantine = { id: q.record.id, dir: q.entryDir };
      } catch (err) {
        this.known.set(ref.dir, { ref, stateHash: scan.snapshot.stateHash, verdict: report.verdict });
        this.emit({ ts: ts(), event: 'error', code: 'EQUARANTINE', message: (err as Error).message, skill: ref });
      }
    } else {
      this.known.set(ref.dir, { ref, stateHash: scan.snapshot.stateHash, verdict: report.verdict });
    }
    this.emit(event);
  }
}
