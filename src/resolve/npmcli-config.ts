/**
 * npm's config loader and its definitions, loaded by `loadNpmOptions` on first use (npm-config.ts). A module of
 * its own so a fast command's bundle can carry them (scripts/build-launcher.mjs: the `plugins inspect` bundle
 * inlines this module and bundles the packages, so they come compiled from the code cache with it) while every
 * other importer of npm-config.ts still loads them only when it reads the configuration.
 */
import Config from '@npmcli/config';
import definitions from '@npmcli/config/lib/definitions/index.js';

export { Config, definitions };
