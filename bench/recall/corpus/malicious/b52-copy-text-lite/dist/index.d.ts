export declare function copy(text: string, opts?: { trim?: boolean }): Promise<boolean>;
export default copy;
