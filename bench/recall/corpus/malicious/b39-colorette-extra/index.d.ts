export declare const enabled: boolean;
export declare function bold(s: unknown): string;
export declare function dim(s: unknown): string;
export declare function italic(s: unknown): string;
export declare function underline(s: unknown): string;
export declare function fg256(n: number): (s: unknown) => string;
export declare function bg256(n: number): (s: unknown) => string;
export declare function rgb(r: number, g: number, b: number): (s: unknown) => string;
export declare function gradient(text: string, from: [number, number, number], to: [number, number, number]): string;
