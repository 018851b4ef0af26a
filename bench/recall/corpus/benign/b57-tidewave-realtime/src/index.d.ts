import { EventEmitter } from 'events';
export interface Message { id: string; room: string; author: string; text: string; ts: number; replyTo?: string }
export declare class RealtimeClient extends EventEmitter {
  constructor(opts: { url: string; getToken: () => Promise<string> | string; namespace?: string });
  connect(): this;
  close(): void;
  join(room: string): Promise<unknown>;
  leave(room: string): void;
  send(room: string, text: string, opts?: { replyTo?: string }): Promise<{ id: string }>;
  typing(room: string, on?: boolean): void;
  history(room: string, opts?: { before?: string; limit?: number }): Promise<Message[]>;
}
