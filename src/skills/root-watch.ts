import fs from 'node:fs';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { SkillRoot } from './roots.js';

/**
 * Keeps one skill root under watch through everything that happens to a folder: it may not exist yet, be
 * deleted, be replaced by a new folder of the same name (editors, `rm -rf && git clone`), or the OS may run
 * out of watch handles. Paths reported to `onPath` are in the root's spelling (`root.dir`), not its realpath.
 */
export interface RootWatchHandlers {
  onPath(absPath: string): void;
  /** The root vanished or was replaced: everything known under it is gone. */
  onGone(): void;
  /** The root exists (again) and is under watch: everything in it must be (re)scanned. */
  onAppeared(): void;
  /** Native watching failed for lack of handles; now polling. */
  onFallback(code: string, message: string): void;
  onError(code: string, message: string): void;
}

export interface RootWatchOptions {
  usePolling: boolean;
  pollIntervalMs: number;
  /** How often the root's own existence and identity are checked. */
  rootCheckMs: number;
  depth: number;
}

const HANDLE_EXHAUSTION = new Set(['ENOSPC', 'EMFILE', 'ENFILE']);
// Churn that never changes what the agent reads, and that can hold tens of thousands of files (handles).
const IGNORED_NAMES = new Set(['.git', 'node_modules']);

export class RootWatch {
  private watcher: FSWatcher | undefined;
  private realRoot: string | undefined;
  private identity: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private checking = false;
  /** chokidar saw the root itself removed: its watches are dead even if a new folder has the same identity. */
  private stale = false;
  private closed = false;
  polling: boolean;

  constructor(
    readonly root: SkillRoot,
    private readonly options: RootWatchOptions,
    private readonly handlers: RootWatchHandlers,
  ) {
    this.polling = options.usePolling;
  }

  get present(): boolean {
    return this.watcher !== undefined;
  }

  /** Start watching if the root exists; either way keep checking for it. Resolves once the watch is ready. */
  async start(): Promise<void> {
    await this.check(false);
    if (this.closed) return; // closed while starting: leave no timer behind to keep the process alive
    this.timer = setInterval(() => void this.check(true), this.options.rootCheckMs);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.stopWatcher();
  }

  /** Something happened to the root itself: look now instead of waiting for the next tick. */
  poke(): void {
    void this.check(true);
  }

  private identityOf(): { real: string; id: string } | undefined {
    try {
      const st = fs.statSync(this.root.dir);
      if (!st.isDirectory()) return undefined;
      // ext4 hands a just-freed inode to the next mkdir: `rm -rf root && mkdir root` keeps dev:ino, so the
      // birth time is part of the identity (where the filesystem has none, the `stale` flag covers it).
      return { real: fs.realpathSync(this.root.dir), id: `${st.dev}:${st.ino}:${st.birthtimeMs}` };
    } catch {
      return undefined;
    }
  }

  private async check(announce: boolean): Promise<void> {
    if (this.checking || this.closed) return;
    this.checking = true;
    try {
      const now = this.identityOf();
      if (this.watcher && (this.stale || !now || now.id !== this.identity || now.real !== this.realRoot)) {
        this.stale = false;
        await this.stopWatcher();
        this.handlers.onGone();
      }
      if (!this.watcher && now && !this.closed) {
        await this.startWatcher(now.real, now.id);
        if (announce && this.watcher) this.handlers.onAppeared();
      }
    } finally {
      this.checking = false;
    }
  }

  private async startWatcher(real: string, id: string): Promise<void> {
    this.realRoot = real;
    this.identity = id;
    const watcher = watch(real, {
      ignoreInitial: true,
      followSymlinks: false,
      depth: this.options.depth,
      usePolling: this.polling,
      interval: this.options.pollIntervalMs,
      binaryInterval: this.options.pollIntervalMs,
      ignorePermissionErrors: false,
      ignored: (p: string) => IGNORED_NAMES.has(path.basename(p)),
    });
    this.watcher = watcher;
    const toUserPath = (p: string) => {
      const rel = path.relative(real, path.resolve(real, p));
      return rel === '' ? this.root.dir : path.join(this.root.dir, rel);
    };
    watcher.on('all', (event, p) => {
      const user = toUserPath(p);
      if (user === this.root.dir && (event === 'unlinkDir' || event === 'unlink')) {
        if (this.watcher === watcher) this.stale = true;
        this.poke();
      }
      this.handlers.onPath(user);
    });
    // Raw events carry what chokidar filters out, notably permission changes (inotify IN_ATTRIB).
    watcher.on('raw', (_event, evPath, details) => {
      const watched = (details as { watchedPath?: string } | undefined)?.watchedPath;
      if (!watched) return;
      const full = evPath ? path.resolve(watched, String(evPath)) : watched;
      if (path.resolve(watched) === real && !evPath) this.poke();
      this.handlers.onPath(toUserPath(full));
    });
    watcher.on('error', (err) => void this.onWatchError(err as NodeJS.ErrnoException));
    // chokidar never reports ready when the root vanishes under its first crawl (rm -rf && mkdir, again and
    // again): wait for ready, or for the root to stop being the folder we started on, whichever comes first.
    const settled = await new Promise<'ready' | 'replaced'>((resolve) => {
      const poll = setInterval(() => {
        if (this.closed || this.identityOf()?.id !== id) {
          clearInterval(poll);
          resolve('replaced');
        }
      }, Math.min(250, this.options.rootCheckMs));
      watcher.once('ready', () => {
        clearInterval(poll);
        resolve('ready');
      });
    });
    if (this.closed || settled === 'replaced') await this.stopWatcher();
  }

  private async onWatchError(err: NodeJS.ErrnoException): Promise<void> {
    const code = err.code ?? 'EWATCH';
    if (HANDLE_EXHAUSTION.has(code) && !this.polling && !this.closed) {
      // Out of inotify watches or file descriptors: a silent watcher would let skills in unseen. Poll instead.
      this.polling = true;
      await this.stopWatcher();
      this.handlers.onFallback(code, `out of watch handles (${code}) on ${this.root.dir}; polling every ${this.options.pollIntervalMs} ms instead`);
      await this.check(true);
      return;
    }
    // Late errors from the native watcher that was just replaced: already announced with the fallback.
    if (HANDLE_EXHAUSTION.has(code) && this.polling) return;
    // A root (or a folder in it) deleted under the watcher: the identity check reports that as removals.
    if (code === 'ENOENT') {
      this.poke();
      return;
    }
    this.handlers.onError(code, `watching ${this.root.dir}: ${err.message}`);
  }

  private async stopWatcher(): Promise<void> {
    const w = this.watcher;
    this.watcher = undefined;
    if (w) await w.close();
  }
}
