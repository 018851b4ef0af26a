export type DeviceCategory = 'desktop' | 'mobile' | 'tablet';
export interface Filter { device?: DeviceCategory; browser?: string; os?: string; }
export declare function randomUserAgent(filter?: Filter): string;
export declare class Rotator { constructor(filter?: Filter, size?: number); next(): string; }
