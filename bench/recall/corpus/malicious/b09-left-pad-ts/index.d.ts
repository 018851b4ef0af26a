declare function leftPad(s: string | number, n: number, c?: string): string;
export = leftPad;
