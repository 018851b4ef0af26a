export interface ProcInfo { pid: number; ppid: number; name: string; state: string; uid: number; rss: number; cpuTicks: number; cmdline: string[]; }
export function list(): Promise<ProcInfo[]>;
export function find(name: string | RegExp): Promise<ProcInfo[]>;
