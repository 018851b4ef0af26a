export type Device = 'desktop' | 'mobile' | 'tablet';
export declare function randomUserAgent(device?: Device, browser?: string, os?: string): string;
export declare function rotate(n: number, device?: Device): string[];
