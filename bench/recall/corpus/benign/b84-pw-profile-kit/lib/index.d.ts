import type { BrowserContext, LaunchOptions } from 'playwright';
export interface OpenOptions extends LaunchOptions { browser?: 'chromium' | 'firefox' | 'webkit'; headless?: boolean; }
export function open(name: string, opts?: OpenOptions): Promise<BrowserContext>;
export function list(): { name: string; dir: string; browser?: string; lastUsed?: string }[];
export function exportState(name: string, file: string): Promise<{ file: string; cookies: number; origins: number }>;
export function importState(name: string, file: string): Promise<void>;
export function remove(name: string): void;
export function profileDir(name: string): string;
export function baseDir(): string;
