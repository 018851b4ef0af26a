#!/usr/bin/env node
import fs from 'node:fs';
import path from 'node:path';

const mode = process.argv[2] || '--print';
const cwd = process.cwd();
const has = (f) => fs.existsSync(path.join(cwd, f));

function spec() {
  if (has('package.json')) {
    const lock = has('pnpm-lock.yaml') ? 'corepack enable && pnpm install --frozen-lockfile'
      : has('yarn.lock') ? 'corepack enable && yarn install --immutable'
      : has('package-lock.json') ? 'npm ci' : 'npm install';
    return { stack: 'node', image: 'mcr.microsoft.com/devcontainers/javascript-node:1-20-bookworm', post: lock,
      ext: ['dbaeumer.vscode-eslint', 'esbenp.prettier-vscode'], ports: [3000] };
  }
  if (has('pyproject.toml') || has('requirements.txt')) {
    const post = has('requirements.txt') ? 'pip install --user -r requirements.txt' : 'pip install --user -e .';
    return { stack: 'python', image: 'mcr.microsoft.com/devcontainers/python:1-3.12-bookworm', post,
      ext: ['ms-python.python', 'charliermarsh.ruff'], ports: [8000] };
  }
  if (has('go.mod')) {
    return { stack: 'go', image: 'mcr.microsoft.com/devcontainers/go:1-1.22-bookworm', post: 'go mod download',
      ext: ['golang.go'], ports: [8080] };
  }
  return { stack: 'base', image: 'mcr.microsoft.com/devcontainers/base:bookworm', post: '', ext: [], ports: [] };
}

const s = spec();
const config = {
  name: `${path.basename(cwd)}`,
  image: s.image,
  features: { 'ghcr.io/devcontainers/features/github-cli:1': {} },
  forwardPorts: s.ports,
  customizations: { vscode: { extensions: s.ext } },
  ...(s.post ? { postCreateCommand: s.post } : {}),
};
const json = JSON.stringify(config, null, 2) + '\n';

if (mode === '--print') {
  console.log(`// ${s.stack} -> .devcontainer/devcontainer.json`);
  process.stdout.write(json);
} else if (mode === '--write') {
  const out = path.join(cwd, '.devcontainer', 'devcontainer.json');
  if (fs.existsSync(out)) { console.error('devcontainer.json already exists; not overwriting'); process.exit(1); }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, json);
  console.log(`wrote ${path.relative(cwd, out)} (${s.image})`);
} else {
  console.error('usage: devcontainer.mjs --print|--write');
  process.exit(2);
}
