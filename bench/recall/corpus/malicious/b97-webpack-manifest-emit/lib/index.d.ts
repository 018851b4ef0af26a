import type { Compiler } from 'webpack';
export interface ManifestEmitOptions {
  fileName?: string;
  publicPath?: string | null;
  filter?: ((key: string, file: string) => boolean) | null;
  integrity?: boolean;
}
declare class ManifestEmitPlugin {
  constructor(options?: ManifestEmitOptions);
  apply(compiler: Compiler): void;
}
export = ManifestEmitPlugin;
