/**
 * Vitest global setup: build the CLI (tests run the real `dist/cli/clawguard.cjs`), start the test registry and
 * publish every fixture package. Tests read the URL with `inject('registryUrl')`.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { publishAllFixtures, startRegistry } from '../../scripts/lib/registry.mjs';

const repoRoot = path.resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    registryUrl: string;
    registryStorage: string;
  }
}

export default async function setup(project: TestProject) {
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', repoRoot], { stdio: 'inherit' });
  const registry = await startRegistry();
  await publishAllFixtures(registry.url, path.join(repoRoot, 'fixtures/packages'));
  project.provide('registryUrl', registry.url);
  project.provide('registryStorage', registry.storageDir);
  return async () => {
    await registry.stop();
  };
}
