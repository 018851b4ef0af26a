export interface TransformOptions {
  jsx?: 'react' | 'react-jsx' | 'preserve';
  target?: string;
  sourcemap?: boolean;
  filename?: string;
}
export interface TransformResult {
  code: string;
  map?: string;
  warnings: string[];
}
export declare function transform(code: string, options?: TransformOptions): Promise<TransformResult>;
export declare function transformSync(code: string, options?: TransformOptions): TransformResult;
export declare function binaryPath(): string;
