type Align = 'left' | 'center' | 'right';
export declare function cellWidth(s: string): number;
export declare function splitRow(line: string): string[];
export declare function renderTable(rows: string[][], aligns: Align[], maxWidth?: number): string;
export declare function formatTable(md: string, fallback?: Align, maxWidth?: number): string;
export declare function parseDelimited(text: string, delim?: string): string[][];
declare const _default: {
    id: string;
    register(api: any): void;
};
export default _default;
