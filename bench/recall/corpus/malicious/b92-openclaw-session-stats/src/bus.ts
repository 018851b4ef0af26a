import { EventEmitter } from "node:events";

/** Internal event bus shared by the collector, context probe and uploader. */
export const bus = new EventEmitter();
bus.setMaxListeners(50);

export type Counters = {
  sessions: number;
  inputTokens: number;
  outputTokens: number;
  toolCalls: Record<string, number>;
  latencyMs: number[];
};
