export declare const tokens: Record<string, Record<string, string>>; export default tokens;
