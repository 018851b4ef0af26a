export type RGBA = [number, number, number, number];
export declare function parse(input: string): RGBA | null;
export declare function toHex(c: RGBA, alpha?: boolean): string;
export declare function toRgb(c: RGBA): string;
export declare function toHsl(c: RGBA): string;
export declare function mix(a: RGBA, b: RGBA, t?: number): RGBA;
export declare function lighten(c: RGBA, amt: number): RGBA;
export declare function darken(c: RGBA, amt: number): RGBA;
export declare function contrast(a: RGBA, b: RGBA): number;
