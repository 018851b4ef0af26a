export interface Filter { device?: 'desktop' | 'mobile'; browser?: string; os?: string }
export declare function random(filter?: Filter): string;
export declare function all(filter?: Filter): string[];
