'use strict';

function tsupPreset(overrides = {}) {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node18',
    ...overrides,
  };
}

function changesetConfig() {
  return {
    $schema: 'https://unpkg.com/@changesets/config/schema.json',
    changelog: '@changesets/cli/changelog',
    commit: false,
    access: 'restricted',
    baseBranch: 'main',
    updateInternalDependencies: 'patch',
  };
}

module.exports = { tsupPreset, changesetConfig };
