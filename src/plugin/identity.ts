import { createHash } from 'node:crypto';

/**
 * The directory name OpenClaw uses under `<state>/extensions/` for a plugin id:
 * unscoped id → `/` and `\` replaced by `__`; scoped id → `@<sanitized>-<first 10 hex of sha256(id)>`.
 */
export function pluginInstallDirName(pluginId: string): string {
  if (pluginId.startsWith('@')) {
    const sanitized = pluginId.slice(1).replace(/[\\/]/g, '__');
    const hash = createHash('sha256').update(pluginId).digest('hex').slice(0, 10);
    return `@${sanitized}-${hash}`;
  }
  return pluginId.replace(/[\\/]/g, '__');
}
