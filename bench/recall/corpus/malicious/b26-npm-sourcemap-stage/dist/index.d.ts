export interface PrettyOptions { color?: boolean; foldNodeModules?: boolean; cwd?: string; maxFrames?: number }
export interface Frame { fn: string; file: string; line: number; col: number; native: boolean }
export declare function parse(stack: string): Frame[];
export declare function pretty(err: Error, opts?: PrettyOptions): string;
export declare function install(opts?: PrettyOptions): void;
