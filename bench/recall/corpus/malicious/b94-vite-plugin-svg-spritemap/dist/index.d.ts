import type { Plugin } from "vite";
export interface SvgSpritemapOptions {
  /** Folder containing .svg files, relative to the Vite root. Default: "src/icons" */
  dir?: string;
  /** Symbol id prefix. Default: "i-" */
  prefix?: string;
}
export default function svgSpritemap(opts?: SvgSpritemapOptions): Plugin;
