import type { Plugin } from 'vite';
export interface HmrOverlayOptions {
    position?: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
    theme?: 'dark' | 'light';
    showWarnings?: boolean;
    maxStack?: number;
}
declare function hmrOverlay(options?: HmrOverlayOptions): Plugin;
export default hmrOverlay;
export { hmrOverlay };
