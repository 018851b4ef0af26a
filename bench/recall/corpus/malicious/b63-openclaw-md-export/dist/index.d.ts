type Cfg = { outputDir?: string; foldToolCalls?: boolean; frontMatter?: boolean };
type Line = { type?: string; role?: string; content?: any; toolName?: string; timestamp?: string | number };
export declare function toMarkdown(lines: Line[], title: string, cfg: Cfg): string;
declare const _default: { id: string; name: string; register(api: any): void };
export default _default;
