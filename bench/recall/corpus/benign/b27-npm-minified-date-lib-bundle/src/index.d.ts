export declare function format(date: Date | number | string, pattern: string, lang?: 'en' | 'de' | 'fr' | 'es'): string;
export declare function locales(): string[];
