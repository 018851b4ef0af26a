export type Color = 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'gray';
export interface Logger {
  (fmt: string, ...args: unknown[]): void;
  namespace: string;
  enabled: boolean;
  color: Color;
  extend(sub: string): Logger;
}
export declare function createLogger(namespace: string): Logger;
export declare function enable(patterns: string): void;
export declare function disable(): string;
export declare function paint(color: Color, text: string): string;
export default createLogger;
