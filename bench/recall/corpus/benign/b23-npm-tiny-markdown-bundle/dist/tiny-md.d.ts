export declare function render(markdown: string): string;
export declare function escapeHtml(text: string): string;
export declare function slugify(text: string): string;
export declare function isPunct(ch: string): boolean;
