import { Plugin } from 'vite';

interface SpriteOptions {
    /** directory containing *.svg icons, relative to project root */
    iconDir?: string;
    /** id prefix for every <symbol> */
    prefix?: string;
    /** output file name inside build.assetsDir */
    fileName?: string;
}
declare function svgSpriteMap(opts?: SpriteOptions): Plugin;

export { type SpriteOptions, svgSpriteMap as default };
