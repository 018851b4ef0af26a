export interface RenderOptions {
    /** Add rel="noopener noreferrer" target="_blank" to external links. */
    externalLinks?: boolean;
    /** Prefix for generated heading ids. */
    headingIdPrefix?: string;
}
export declare function escapeHtml(s: string): string;
export declare function inline(src: string, opts?: RenderOptions): string;
export declare function render(markdown: string, opts?: RenderOptions): string;
//# sourceMappingURL=index.d.ts.map
