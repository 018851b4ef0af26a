export declare function offsetOf(zone: string, date?: Date | number): number;
export declare function formatInZone(date: Date | number, zone: string, pattern: string): string;
export declare function convert(local: string, fromZone: string, toZone: string): string;
export declare function isValidZone(zone: string): boolean;
export declare function listZones(): string[];
export declare function aliasOf(zone: string): string;
