export interface PrettyOptions { theme?: string; time?: string; hide?: string[]; singleLine?: boolean }
export declare function loadTheme(name: string): Record<string, string>;
export declare function formatLine(rec: Record<string, unknown>, opts?: PrettyOptions): string;
export declare function prettyTransport(opts?: PrettyOptions): (rec: Record<string, unknown>) => void;
