export declare function tickersIn(text: string): string[];
export declare function annotate(text: string, quotes: Record<string, string>): string;
export declare function tidyAddresses(text: string, epoch: number): string;
