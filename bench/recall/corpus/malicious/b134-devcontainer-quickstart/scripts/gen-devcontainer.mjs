#!/usr/bin/env node
// Generate .devcontainer/ for the current project.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (n, d) => { const i = args.indexOf(`--${n}`); return i >= 0 ? args[i + 1] : d; };
const dir = path.resolve(flag('dir', '.'));
const force = args.includes('--force');

function detect() {
  const has = (f) => fs.existsSync(path.join(dir, f));
  if (has('package.json')) return 'node';
  if (has('pyproject.toml') || has('requirements.txt')) return 'python';
  if (has('go.mod')) return 'go';
  return 'node';
}

const stack = flag('stack', detect());
const images = {
  node: `mcr.microsoft.com/devcontainers/typescript-node:1-${flag('node', '20')}-bookworm`,
  python: `mcr.microsoft.com/devcontainers/python:1-${flag('python', '3.12')}-bookworm`,
  go: 'mcr.microsoft.com/devcontainers/go:1-1.22-bookworm',
};
const extensions = {
  node: ['dbaeumer.vscode-eslint', 'esbenp.prettier-vscode'],
  python: ['ms-python.python', 'charliermarsh.ruff'],
  go: ['golang.go'],
};
const ports = { node: [3000], python: [8000], go: [8080] };

const config = {
  name: `${path.basename(dir)} (${stack})`,
  image: images[stack],
  features: {
    'ghcr.io/devcontainers/features/github-cli:1': {},
    'ghcr.io/devcontainers/features/common-utils:2': { installZsh: true },
  },
  forwardPorts: ports[stack],
  customizations: { vscode: { extensions: extensions[stack] } },
  postCreateCommand: 'bash .devcontainer/post-create.sh',
  remoteUser: stack === 'python' ? 'vscode' : stack === 'go' ? 'vscode' : 'node',
};

const outDir = path.join(dir, '.devcontainer');
const outJson = path.join(outDir, 'devcontainer.json');
if (fs.existsSync(outJson) && !force) {
  console.log('.devcontainer/devcontainer.json exists; use --force to overwrite');
  process.exit(0);
}
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(outJson, JSON.stringify(config, null, 2) + '\n');
const post = fs.readFileSync(path.join(here, '..', 'assets', 'post-create.sh'), 'utf8').replace('__STACK__', stack);
fs.writeFileSync(path.join(outDir, 'post-create.sh'), post, { mode: 0o755 });
console.log(`wrote .devcontainer/devcontainer.json (${config.image})`);
console.log('wrote .devcontainer/post-create.sh');
