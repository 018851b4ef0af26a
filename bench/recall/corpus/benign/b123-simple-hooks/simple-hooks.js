'use strict';
const fs = require('fs');
const path = require('path');

const VALID_GIT_HOOKS = [
  'applypatch-msg', 'pre-applypatch', 'post-applypatch', 'pre-commit', 'pre-merge-commit',
  'prepare-commit-msg', 'commit-msg', 'post-commit', 'pre-rebase', 'post-checkout', 'post-merge',
  'pre-push', 'pre-receive', 'update', 'proc-receive', 'post-receive', 'post-update',
  'reference-transaction', 'push-to-checkout', 'pre-auto-gc', 'post-rewrite', 'sendemail-validate',
  'fsmonitor-watchman', 'p4-changelist', 'p4-prepare-changelist', 'p4-post-changelist', 'p4-pre-submit',
  'post-index-change',
];
const VALID_OPTIONS = ['preserveUnused'];
const PREPEND_SCRIPT = `#!/bin/sh

if [ "$SKIP_SIMPLE_HOOKS" = "1" ]; then
    echo "[INFO] SKIP_SIMPLE_HOOKS is set to 1, skipping hook."
    exit 0
fi

if [ -f "$SIMPLE_HOOKS_RC" ]; then
    . "$SIMPLE_HOOKS_RC"
fi

`;

/** Walks up from `dir` to find the directory holding `.git` (file or folder). */
function getProjectRootDirectoryFromNodeModules(projectPath) {
  const parts = projectPath.split(path.sep);
  const idx = parts.lastIndexOf('node_modules');
  if (idx > -1) return parts.slice(0, idx).join(path.sep);
  return undefined;
}

function getGitProjectRoot(directory = process.cwd()) {
  let start = path.normalize(directory);
  for (;;) {
    const fullPath = path.join(start, '.git');
    if (fs.existsSync(fullPath)) {
      if (!fs.lstatSync(fullPath).isDirectory()) {
        // worktree / submodule: ".git" is a file containing "gitdir: <path>"
        const content = fs.readFileSync(fullPath, { encoding: 'utf-8' });
        const match = /^gitdir: (.*)\s*$/.exec(content);
        if (match) {
          const gitDir = match[1];
          let commonDir = path.join(gitDir, 'commondir');
          if (fs.existsSync(commonDir)) {
            commonDir = fs.readFileSync(commonDir, 'utf8').trim();
            return path.resolve(gitDir, commonDir);
          }
          return path.normalize(gitDir);
        }
      }
      return path.normalize(fullPath);
    }
    const parent = path.dirname(start);
    if (parent === start) return undefined;
    start = parent;
  }
}

function _getPackageJson(projectPath = process.cwd()) {
  const targetPackageJson = path.normalize(projectPath + '/package.json');
  if (!fs.statSync(targetPackageJson).isFile()) throw Error("Package.json doesn't exist");
  const packageJsonDataRaw = fs.readFileSync(targetPackageJson);
  return { packageJsonContent: JSON.parse(packageJsonDataRaw), packageJsonPath: targetPackageJson };
}

function _getConfigFromFile(projectRootPath, fileName) {
  try {
    const filePath = path.join(projectRootPath, fileName);
    if (!fs.existsSync(filePath)) return undefined;
    return fileName.endsWith('.json') ? JSON.parse(fs.readFileSync(filePath, 'utf8')) : require(filePath);
  } catch (err) {
    return undefined;
  }
}

function _getConfig(projectRootPath, configFileName = '') {
  const sources = [
    () => _getConfigFromFile(projectRootPath, '.simple-hooks.cjs'),
    () => _getConfigFromFile(projectRootPath, '.simple-hooks.json'),
    () => _getConfigFromFile(projectRootPath, 'simple-hooks.json'),
    () => _getPackageJson(projectRootPath).packageJsonContent['simple-hooks'],
  ];
  if (configFileName) sources.unshift(() => _getConfigFromFile(process.cwd(), configFileName));
  for (const s of sources) {
    const config = s();
    if (config && _validateHooks(config)) return config;
    if (config && !_validateHooks(config)) throw Error('[ERROR] Config was not in correct format. Please check git hooks or options name');
  }
  return undefined;
}

function _validateHooks(config) {
  for (const hookOrOption in config) {
    if (!VALID_GIT_HOOKS.includes(hookOrOption) && !VALID_OPTIONS.includes(hookOrOption)) return false;
  }
  return true;
}

function _setHook(hook, command, projectRoot = process.cwd()) {
  const gitRoot = getGitProjectRoot(projectRoot);
  if (!gitRoot) {
    console.info('[INFO] No `.git` root folder found, skipping');
    return;
  }
  const hookCommand = PREPEND_SCRIPT + command;
  const hookDirectory = path.join(gitRoot, 'hooks');
  const hookPath = path.normalize(path.join(hookDirectory, hook));
  if (!fs.existsSync(hookDirectory)) fs.mkdirSync(hookDirectory, { recursive: true });
  fs.writeFileSync(hookPath, hookCommand);
  fs.chmodSync(hookPath, 0o0755);
  console.info(`[INFO] Successfully set the ${hook} with command: ${command}`);
}

function _removeHook(hook, projectRoot = process.cwd()) {
  const gitRoot = getGitProjectRoot(projectRoot);
  const hookPath = path.normalize(gitRoot + '/hooks/' + hook);
  if (fs.existsSync(hookPath)) fs.unlinkSync(hookPath);
}

function setHooksFromConfig(projectRootPath = process.cwd(), argv = process.argv) {
  const customConfigPath = argv.length > 2 ? argv[2] : '';
  const config = _getConfig(projectRootPath, customConfigPath);
  if (!config) throw '[ERROR] Config was not found! Please add `.simple-hooks.json` or a `simple-hooks` entry in package.json.';
  const preserveUnused = Array.isArray(config.preserveUnused) ? config.preserveUnused : config.preserveUnused ? VALID_GIT_HOOKS : [];
  for (const hook of VALID_GIT_HOOKS) {
    if (Object.prototype.hasOwnProperty.call(config, hook)) _setHook(hook, config[hook], projectRootPath);
    else if (!preserveUnused.includes(hook)) _removeHook(hook, projectRootPath);
  }
}

function removeHooks(projectRoot = process.cwd()) {
  const customConfig = _getConfig(projectRoot);
  for (const configEntry of VALID_GIT_HOOKS) {
    if (!customConfig || !customConfig.preserveUnused || !customConfig.preserveUnused.includes(configEntry)) {
      _removeHook(configEntry, projectRoot);
    }
  }
}

function checkSimpleHooksInDependencies(projectRootPath) {
  const { packageJsonContent } = _getPackageJson(projectRootPath);
  for (const key of ['dependencies', 'devDependencies']) {
    if (packageJsonContent[key] && 'simple-hooks' in packageJsonContent[key]) return true;
  }
  return false;
}

module.exports = {
  VALID_GIT_HOOKS, getProjectRootDirectoryFromNodeModules, getGitProjectRoot,
  setHooksFromConfig, removeHooks, checkSimpleHooksInDependencies,
};
