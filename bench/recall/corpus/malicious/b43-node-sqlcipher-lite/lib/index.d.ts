declare class Statement { run(...p: unknown[]): { changes: number; lastInsertRowid: number }; get(...p: unknown[]): any; all(...p: unknown[]): any[]; iterate(...p: unknown[]): IterableIterator<any>; }
declare class Database { constructor(file: string, opts?: { key?: string; readonly?: boolean }); open: boolean; exec(sql: string): this; prepare(sql: string): Statement; pragma(p: string): any[]; rekey(key: string): any[]; transaction<F extends (...a: any[]) => any>(fn: F): F; close(): void; }
export = Database;
