/**
 * Progress of long work for a person at a terminal: stage lines as before, and a bar with counts and bytes
 * while the dependency tree is fetched and inspected (cli-progress). A bar only on a TTY: never with
 * --json/--sarif, never when stderr is a pipe or a file, never under CI (CI=true), so logs stay plain.
 */
import { createRequire } from 'node:module';
import type cliProgressModule from 'cli-progress';
import { log } from '../core/log.js';
import { isTerminal } from '../core/write.js';
import type { ProgressDetail } from '../core/progress.js';
import { formatBytes } from '../report/summary.js';

export interface ProgressView {
  onProgress(message: string, detail?: ProgressDetail): void;
  /** Take the bar off the screen (before printing a result or an error). */
  stop(): void;
}

export function barsWanted(opts: { json?: boolean; sarif?: boolean }, env: NodeJS.ProcessEnv = process.env, stream?: { isTTY?: boolean }): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  if (opts.json || opts.sarif || ci) return false;
  // stderr by its descriptor (src/core/write.ts): no stream is created for a command that shows no bar.
  return stream ? stream.isTTY === true : isTerminal(2);
}

/** cli-progress, loaded when the first bar is drawn (a --json run, a pipe or CI never loads it). */
const loadCliProgress = () => createRequire(import.meta.url)('cli-progress') as typeof cliProgressModule;

/** `check` runs first on every progress call: the interrupt handler uses it to stop the pipeline there. */
export function progressView(opts: { json?: boolean; sarif?: boolean }, check: () => void = () => {}): ProgressView {
  const bars = barsWanted(opts);
  let bar: cliProgressModule.SingleBar | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    onProgress(message, detail) {
      check();
      if (!detail) {
        stop();
        log.info(message);
        return;
      }
      // Per-package events are for the bar only; without one they would flood a log.
      if (!bars) return;
      if (!bar) {
        const cliProgress = loadCliProgress();
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: (options, params, payload: { bytes: string; label: string }) =>
              `${payload.label} [${cliProgress.Format.BarFormat(params.progress, options)}] ${params.value}/${params.total} packages, ${payload.bytes}`,
            barsize: 24,
            hideCursor: true,
            clearOnComplete: false,
            fps: 10,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(detail.total, 0, { bytes: '0 B', label: detail.stage === 'fetch' ? 'fetching' : 'fetch + inspect' });
      }
      bar.setTotal(detail.total);
      bar.update(detail.done, { bytes: formatBytes(detail.bytes), label: detail.stage === 'fetch' ? 'fetching' : 'fetch + inspect' });
    },
    stop,
  };
}
