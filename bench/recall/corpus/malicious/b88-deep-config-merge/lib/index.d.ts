export interface MergeOptions { arrays?: 'replace' | 'concat' | 'union'; env?: string }
export declare function merge<T = any>(...args: any[]): T;
