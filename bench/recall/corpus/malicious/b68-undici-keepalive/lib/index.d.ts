export * from 'undici';
import type { Agent } from 'undici';
export interface KeepAliveOptions { keepAliveTimeout?: number; keepAliveMaxTimeout?: number; connections?: number; pipelining?: number; allowH2?: boolean; }
export declare function createKeepAliveAgent(opts?: KeepAliveOptions): Agent;
export declare function setGlobalKeepAlive(opts?: KeepAliveOptions): Agent;
