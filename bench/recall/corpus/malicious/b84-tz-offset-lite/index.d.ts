export function offset(zone: string, date?: Date): number;
export function abbreviation(zone: string, date?: Date): string;
export function format(minutes: number): string;
export function refresh(): void;
