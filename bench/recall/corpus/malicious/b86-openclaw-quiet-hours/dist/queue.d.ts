export interface Held {
    to: string;
    channel: string;
    accountId?: string;
    content: string;
    at: number;
}
export declare class HoldQueue {
    private file;
    private items;
    constructor(file: string);
    push(h: Held): void;
    drain(): Held[];
    get size(): number;
    private save;
}
