export type RGB = [number, number, number];
export declare const names: Record<string, RGB>;
export declare function toHex(name: string): string | undefined;
export declare function toRgb(name: string): RGB | undefined;
export declare function nearest(rgb: RGB): string;
