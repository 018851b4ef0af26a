/**
 * Progress of long work, as the library reports it to whoever shows it (the CLI draws a bar on a terminal
 * and prints nothing else). `done` of `total` packages so far, `bytes` of package contents handled so far.
 */
export interface ProgressDetail {
  stage: 'fetch' | 'inspect';
  done: number;
  total: number;
  bytes: number;
}
