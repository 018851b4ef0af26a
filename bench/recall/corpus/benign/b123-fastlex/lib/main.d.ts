export interface TransformOptions {
  minify?: boolean;
  loader?: 'js' | 'jsx' | 'ts' | 'tsx';
  target?: string;
  sourcemap?: boolean;
  keepNames?: boolean;
}
export interface TransformResult { code: string; warnings: string[] }
export declare function transform(code: string, options?: TransformOptions): Promise<TransformResult>;
export declare function transformSync(code: string, options?: TransformOptions): TransformResult;
export declare function tokenize(code: string): Array<{ kind: string; start: number; end: number }>;
export declare const version: string;
