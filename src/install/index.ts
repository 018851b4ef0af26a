/** The guarded install pipeline's public API (the CLI and the gateway import these). */
export { installPlugin, type InstallResult } from './install-plugin.js';
export { inspectPlugin } from './inspect-plugin.js';
export { uninstallPlugin, type UninstallResult } from './uninstall.js';
export { listPlugins, allowStatusOf, type AllowStatus, type ListedPlugin, type PluginList } from './list.js';
export { cleanStaleStaging, STAGING_PREFIX } from './staging.js';
export { discoverGlobalPlugins, allowPlugin, forgetPlugin, type DiscoveredPlugin, type AllowChange } from './config-changes.js';
export { dependencyStage, npmDependencyStage, type DependencyStage, type DependencyPlan, type DependencyPackage, type DependencyContext } from './dependencies.js';
export type { PluginCommandOptions, InspectPluginOptions, InstallPluginOptions } from './options.js';
