import type { Plugin } from 'vite';
export interface SpritemapOptions {
  /** Folder containing .svg icons (default: src/icons) */
  iconDir?: string;
  /** Prefix for generated symbol ids (default: "i-") */
  prefix?: string;
  /** Where to inject the sprite in index.html */
  inject?: 'body-prepend' | 'body-last';
  /** Write svg-sprite.d.ts at the project root */
  dts?: boolean;
}
export declare function svgSpritemap(opts?: SpritemapOptions): Plugin;
export default svgSpritemap;
