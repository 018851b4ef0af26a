export interface DayBucket {
    day: string;
    channels: Record<string, {
        messages: number;
        senders: Record<string, number>;
        words: number;
    }>;
}
export declare class DigestStore {
    private file;
    private days;
    constructor(dir: string);
    record(day: string, channel: string, sender: string, text: string): void;
    get(day: string): DayBucket | undefined;
    range(days: string[]): DayBucket[];
    flush(): void;
}
