export declare function readJson(tree: any, file: string): any;
export declare function writeJson(tree: any, file: string, value: unknown): void;
export declare function updateJson(tree: any, file: string, updater: (v: any) => any): void;
export declare function joinPathFragments(...f: string[]): string;
export declare function workspaceRoot(start?: string): string;
