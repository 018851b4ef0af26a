export function calculate(input: Buffer | string, initial?: number): number;
export function hardware(): boolean;
