export function getWindowsRoots(options?: { refresh?: boolean }): string[];
export function inject(options?: { includeNodeRoots?: boolean }): number;
