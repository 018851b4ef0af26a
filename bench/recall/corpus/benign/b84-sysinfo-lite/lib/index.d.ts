export function cpu(): { model: string; cores: number; speedMHz: number; arch: string; loadavg: number[] };
export function memory(): { total: number; free: number; used: number; usedPercent: number };
export function osRelease(): Record<string, string | number>;
export function network(opts?: { includeInternal?: boolean }): { iface: string; family: string; address: string; netmask: string; mac: string; internal: boolean }[];
export function disks(): Promise<{ fs?: string; mount: string; size: number; used: number; free: number }[]>;
export function virtualization(): { container: string | null; hypervisor: string | null };
export function all(): Promise<Record<string, unknown>>;
