export interface Options {
  salt?: string;
  original?: boolean;
  fallback?: 'hostname';
}
export declare function machineId(opts?: Options): Promise<string>;
export declare function machineIdSync(opts?: Options): string;
