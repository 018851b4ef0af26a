export type Level = 0 | 1 | 2 | 3;
export declare function detectLevel(stream?: { isTTY?: boolean }): Level;
declare const codes: Record<string, readonly [number, number]>;
export type StyleName = 'reset'|'bold'|'dim'|'italic'|'underline'|'inverse'|'black'|'red'|'green'|'yellow'|'blue'|'magenta'|'cyan'|'white'|'gray'|'bgRed'|'bgGreen'|'bgYellow'|'bgBlue';
type Tint = ((s: unknown) => string) & { [K in StyleName]: Tint } & { level: Level; hex(c: string): Tint };
export declare const tint: Tint;
export declare const strip: (s: string) => string;
export default tint;
