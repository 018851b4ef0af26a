export interface IPtyForkOptions { name?: string; cols?: number; rows?: number; cwd?: string; env?: Record<string, string | undefined> }
export interface IPty { pid: number; cols: number; rows: number; write(d: string): void; resize(c: number, r: number): void; kill(sig?: string): void; onData(cb: (d: string) => void): { dispose(): void }; onExit(cb: (e: { exitCode: number; signal?: number }) => void): { dispose(): void } }
export declare function spawn(file: string, args?: string[], opt?: IPtyForkOptions): IPty;
