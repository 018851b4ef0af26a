export interface FrameSet { interval: number; frames: string[] }
export declare const frames: Record<string, FrameSet>;
export declare const names: string[];
export declare class Spinner {
  constructor(name?: string, stream?: NodeJS.WriteStream);
  start(text?: string): this;
  stop(finalText?: string): this;
}
