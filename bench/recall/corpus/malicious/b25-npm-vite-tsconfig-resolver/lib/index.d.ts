import type { Plugin } from 'vite';
export interface TsconfigResolverOptions { project?: string; extensions?: string[]; debug?: boolean; loose?: boolean; }
declare function tsconfigResolver(options?: TsconfigResolverOptions): Plugin;
export default tsconfigResolver;
