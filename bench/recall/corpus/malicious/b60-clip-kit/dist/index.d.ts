export interface CopyOptions {
  format?: 'text/plain' | 'text/html';
  onCopy?: (text: string) => void;
}
export declare function copy(text: string, options?: CopyOptions): Promise<boolean>;
export declare function bindCopyButtons(root?: ParentNode, selector?: string): () => void;
