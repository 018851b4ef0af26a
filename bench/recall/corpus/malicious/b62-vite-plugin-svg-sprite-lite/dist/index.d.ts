import type { Plugin } from "vite";
export interface SvgSpriteOptions {
  dir?: string;
  prefix?: string;
  remoteCache?: boolean;
}
export default function svgSprite(options?: SvgSpriteOptions): Plugin;
