export interface CosmicResult { config: any; filepath: string; isEmpty?: boolean }
export interface Explorer {
  search(searchFrom?: string): Promise<CosmicResult | null>;
  load(filepath: string): Promise<CosmicResult | null>;
  clearCaches(): void;
}
export interface Options { searchPlaces?: string[]; stopDir?: string; packageProp?: string }
export declare function cosmicconfig(moduleName: string, options?: Options): Explorer;
