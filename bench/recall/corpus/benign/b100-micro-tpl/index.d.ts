export interface CompileOptions {
  /** Name of the data variable inside the template (default "it"). */
  variable?: string;
  /** Set false to disable HTML escaping of {{ }}. */
  escape?: boolean;
  /** Functions callable from template expressions. */
  helpers?: Record<string, (...args: any[]) => unknown>;
}
export type Render<T = any> = ((data: T) => string) & { source: string };
export function compile<T = any>(template: string, opts?: CompileOptions): Render<T>;
export function render<T = any>(template: string, data: T, opts?: CompileOptions): string;
export function escapeHtml(v: unknown): string;
export function compileToSource(template: string, opts?: CompileOptions): { src: string; varName: string };
