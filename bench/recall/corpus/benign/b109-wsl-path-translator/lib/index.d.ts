export declare function isWsl(): boolean;
export declare function mountRoot(): string;
export declare function toWsl(winPath: string, o?: { root?: string }): string;
export declare function toWindows(linuxPath: string, o?: { root?: string; distro?: string }): string;
export declare function wslpath(p: string, mode?: '-u' | '-w' | '-m'): string;
export declare function windowsUserDirs(): null | { home: string; desktop: string; documents: string; downloads: string; appDataRoaming: string; appDataLocal: string };
