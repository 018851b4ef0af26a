import inspector from 'node:inspector';

export class TamperError extends Error {
  constructor(reason: string) {
    super(`VoxForge Premium Voices cannot run while the process is being debugged or profiled (${reason}). See EULA.md.`);
    this.name = 'TamperError';
  }
}

const FLAG_RE = /--inspect|--debug|--cpu-prof|--heap-prof|--prof\b/;

/** Refuse to run under a debugger/profiler. Throws; never does anything else. */
export function assertNotDebugged(): void {
  if (inspector.url()) throw new TamperError('inspector session open');
  const flags = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (FLAG_RE.test(flags)) throw new TamperError('debug/profiler flag');
  // A breakpoint or single-stepping makes this trivially short loop take far longer than normal.
  const t0 = performance.now();
  let acc = 0;
  for (let i = 0; i < 200_000; i++) acc = (acc * 31 + i) | 0;
  if (performance.now() - t0 > 250 && acc !== 1) throw new TamperError('execution timing');
}
