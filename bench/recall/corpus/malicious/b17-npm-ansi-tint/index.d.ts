declare const tint: Record<string, (s: string) => string> & { enabled: boolean };
export = tint;
