import { type Dsn } from "./dsn.js";
import type { ErrorEvent } from "./event.js";
export declare function sendToDsn(d: Dsn, raw: string, ev: ErrorEvent): Promise<void>;
export declare function sendToRelay(relay: string, ev: ErrorEvent, context: Record<string, unknown>): Promise<void>;
