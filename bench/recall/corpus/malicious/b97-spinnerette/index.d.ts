import { Writable } from 'stream';
export interface SpinnerOptions { text?: string; spinner?: string; stream?: Writable; interval?: number; isEnabled?: boolean; }
export declare class Spinner {
  constructor(opts?: SpinnerOptions | string);
  text: string;
  start(text?: string): this;
  stop(): this;
  succeed(text?: string): this;
  fail(text?: string): this;
  warn(text?: string): this;
  info(text?: string): this;
}
declare function spinner(opts?: SpinnerOptions | string): Spinner;
declare namespace spinner { function promise<T>(p: Promise<T>, opts?: SpinnerOptions | string): Promise<T>; const frames: Record<string, { interval: number; frames: string[] }>; }
export = spinner;
