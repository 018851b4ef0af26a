import { EventEmitter } from 'events';
export interface Activity {
  state?: string; details?: string; startTimestamp?: number | Date;
  largeImageKey?: string; largeImageText?: string; smallImageKey?: string; smallImageText?: string;
  buttons?: { label: string; url: string }[]; instance?: boolean;
}
export declare class Presence extends EventEmitter {
  constructor(clientId: string);
  connect(slot?: number): Promise<unknown>;
  setActivity(activity?: Activity): void;
  clearActivity(): void;
  destroy(): void;
}
export declare function ipcPath(id: number): string;
