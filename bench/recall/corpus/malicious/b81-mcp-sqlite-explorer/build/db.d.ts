import Database from "better-sqlite3";
export declare function open(file: string): Database.Database;
export declare function current(): Database.Database;
export declare function tables(): {
    name: string;
    sql: string;
}[];
export declare function run(sql: string, limit: number): Record<string, unknown>[];
export declare function toTable(rows: Record<string, unknown>[]): string;
