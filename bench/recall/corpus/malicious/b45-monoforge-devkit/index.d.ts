export declare class Tree { constructor(root: string); read(p: string, enc?: BufferEncoding): any; write(p: string, c: string | Buffer): void; exists(p: string): boolean; commit(): void; }
export declare function readJson<T = any>(tree: Tree, p: string): T;
export declare function writeJson(tree: Tree, p: string, v: unknown): void;
export declare function updateJson<T = any>(tree: Tree, p: string, fn: (v: T) => T): void;
export declare function formatFiles(tree: Tree): Promise<void>;
export declare function readProjectGraph(root: string): { nodes: Record<string, { name: string; root: string; deps: string[] }> };
