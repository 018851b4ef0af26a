import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const VIRTUAL_ID = 'virtual:build-meta';
const RESOLVED = '\0' + VIRTUAL_ID;

const CI_SHA = ['GITHUB_SHA', 'CI_COMMIT_SHA', 'VERCEL_GIT_COMMIT_SHA', 'CF_PAGES_COMMIT_SHA', 'BITBUCKET_COMMIT', 'COMMIT_REF'];
const CI_BRANCH = ['GITHUB_REF_NAME', 'CI_COMMIT_REF_NAME', 'VERCEL_GIT_COMMIT_REF', 'CF_PAGES_BRANCH', 'BITBUCKET_BRANCH', 'BRANCH'];
const SECRETISH = /SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE|(^|_)KEY($|_)/i;

function git(root, args) {
  try {
    return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

function firstEnv(names) {
  for (const n of names) if (process.env[n]) return process.env[n];
  return null;
}

export function collect(root, options = {}) {
  const hasGit = existsSync(join(root, '.git')) || git(root, ['rev-parse', '--git-dir']) !== null;
  const commit = (hasGit && git(root, ['rev-parse', 'HEAD'])) || firstEnv(CI_SHA);
  const branch = (hasGit && git(root, ['rev-parse', '--abbrev-ref', 'HEAD'])) || firstEnv(CI_BRANCH);
  const tag = hasGit ? git(root, ['describe', '--tags', '--exact-match']) : null;
  const dirty = hasGit ? (git(root, ['status', '--porcelain']) || '').length > 0 : false;

  const env = {};
  for (const name of options.env || []) {
    env[name] = process.env[name] ?? null;
  }
  return {
    commit,
    shortCommit: commit ? commit.slice(0, 7) : null,
    branch,
    tag,
    dirty,
    builtAt: new Date().toISOString(),
    version: options.version ?? process.env.npm_package_version ?? null,
    env
  };
}

export default function buildMeta(options = {}) {
  let meta;
  let root = process.cwd();
  return {
    name: 'vite-plugin-build-meta',
    configResolved(config) {
      root = config.root;
      for (const name of options.env || []) {
        if (SECRETISH.test(name)) {
          config.logger.warn(`[build-meta] "${name}" looks like a secret and will be embedded in the client bundle`);
        }
      }
      meta = collect(root, options);
    },
    config() {
      const m = collect(root, options);
      if (options.define === false) return {};
      return {
        define: {
          'import.meta.env.BUILD_COMMIT': JSON.stringify(m.commit),
          'import.meta.env.BUILD_BRANCH': JSON.stringify(m.branch),
          'import.meta.env.BUILD_TIME': JSON.stringify(m.builtAt)
        }
      };
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      return `export default ${JSON.stringify(meta)};`;
    }
  };
}
