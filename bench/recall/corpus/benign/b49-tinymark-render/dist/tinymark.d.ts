export interface RenderOptions { linkTarget?: string }
export declare function render(markdown: string, options?: RenderOptions): string;
export default render;
