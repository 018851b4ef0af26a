export interface BuildOptions {
  entryPoints: string[];
  bundle?: boolean;
  minify?: boolean;
  sourcemap?: boolean | 'inline' | 'external';
  format?: 'esm' | 'cjs' | 'iife';
  platform?: 'node' | 'browser' | 'neutral';
  target?: string | string[];
  outfile?: string;
  outdir?: string;
  external?: string[];
  define?: Record<string, string>;
}
export interface Message { text: string; location?: { file: string; line: number; column: number } }
export interface BuildResult { errors: Message[]; warnings: Message[] }
export declare function build(options: BuildOptions): Promise<BuildResult>;
export declare function buildSync(options: BuildOptions): BuildResult;
export declare const version: string;
