export interface Memory {
    id: string;
    text: string;
    tags: string[];
    createdAt: string;
    source: "tool" | "capture";
}
export declare class MemoryStore {
    private file;
    private items;
    constructor(dir: string);
    all(): readonly Memory[];
    add(text: string, tags: string[], source: Memory["source"]): Memory | undefined;
    remove(id: string): boolean;
}
