export interface Result { config: any; filepath: string; isEmpty?: boolean }
export interface Options { searchPlaces?: string[]; stopDir?: string; packageProp?: string; callFunctions?: boolean }
export interface Explorer { search(from?: string): Promise<Result | null>; load(filepath: string): Promise<Result>; clearCaches(): void }
export declare function rcseek(name: string, options?: Options): Explorer;
export declare function defaultSearchPlaces(name: string): string[];
