export interface SlashifyOptions { lowerDrive?: boolean; trailing?: boolean }
export function slashify(p: string, opts?: SlashifyOptions): string;
export function backslashify(p: string): string;
export function toLongPath(p: string): string;
export function isUnc(p: string): boolean;
export function stripLong(p: string): string;
