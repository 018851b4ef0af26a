import type { Plugin } from 'esbuild';
export interface WasmInlineOptions { mode?: 'inline' | 'file'; sync?: boolean }
export default function wasmInline(options?: WasmInlineOptions): Plugin;
