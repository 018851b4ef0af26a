/**
 * loadNpmOptions reads npm's configuration the way npm does (project, user, env, flags, in npm's
 * precedence), bounds network waits, and leaves clawguard's own environment alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadNpmOptions, NETWORK_BOUNDS, registryFor } from '../../src/resolve/npm-config.js';
import { makeSandbox, type Sandbox } from '../helpers/cli.js';

const sandboxes: Sandbox[] = [];
afterEach(() => {
  for (const s of sandboxes.splice(0)) s.cleanup();
});

function sandboxWith(userNpmrc: string): { sandbox: Sandbox; project: string } {
  const sandbox = makeSandbox();
  sandboxes.push(sandbox);
  fs.writeFileSync(sandbox.env.npm_config_userconfig!, userNpmrc);
  const project = path.join(sandbox.root, 'project');
  fs.mkdirSync(project);
  fs.writeFileSync(path.join(project, 'package.json'), '{"name":"p","version":"1.0.0"}\n');
  return { sandbox, project };
}

it('precedence: --registry > npm_config_registry > project .npmrc > user .npmrc', async () => {
  const { sandbox, project } = sandboxWith('registry=http://user.example.com/\n');
  expect((await loadNpmOptions({ env: sandbox.env, cwd: project })).registry).toBe('http://user.example.com/');
  fs.writeFileSync(path.join(project, '.npmrc'), 'registry=http://project.example.com/\n');
  expect((await loadNpmOptions({ env: sandbox.env, cwd: project })).registry).toBe('http://project.example.com/');
  const env = { ...sandbox.env, npm_config_registry: 'http://env.example.com' };
  expect((await loadNpmOptions({ env, cwd: project })).registry).toBe('http://env.example.com/');
  expect((await loadNpmOptions({ env, cwd: project, registry: 'http://flag.example.com/x' })).registry).toBe('http://flag.example.com/x/');
});

it('scoped registries apply to their scope only, and the flag does not override them', async () => {
  const { sandbox, project } = sandboxWith('@acme:registry=http://acme.example.com/npm/\n');
  const opts = await loadNpmOptions({ env: sandbox.env, cwd: project, registry: 'http://flag.example.com/' });
  expect(registryFor('@acme/plugin', opts)).toBe('http://acme.example.com/npm/');
  expect(registryFor('@other/plugin', opts)).toBe('http://flag.example.com/');
  expect(registryFor('plain', opts)).toBe('http://flag.example.com/');
});

it('network waits are bounded whatever .npmrc asks; stricter settings are kept', async () => {
  const lax = sandboxWith('fetch-timeout=600000\nfetch-retries=10\nfetch-retry-maxtimeout=600000\n');
  const laxOpts = await loadNpmOptions({ env: lax.sandbox.env, cwd: lax.project });
  expect(laxOpts.timeout).toBe(NETWORK_BOUNDS.timeoutMs);
  expect(laxOpts.retry).toMatchObject({ retries: NETWORK_BOUNDS.fetchRetries, maxTimeout: NETWORK_BOUNDS.fetchRetryMaxtimeoutMs });
  const strict = sandboxWith('fetch-timeout=5000\nfetch-retries=0\n');
  const strictOpts = await loadNpmOptions({ env: strict.sandbox.env, cwd: strict.project });
  expect(strictOpts.timeout).toBe(5000);
  expect(strictOpts.retry.retries).toBe(0);
});

it('the cache follows npm (npm_config_cache) unless the caller names one; process.env is not touched', async () => {
  const { sandbox, project } = sandboxWith('');
  const before = { ...process.env };
  const opts = await loadNpmOptions({ env: sandbox.env, cwd: project });
  expect(opts.cache).toBe(path.join(sandbox.root, 'npm-cache', '_cacache'));
  const own = await loadNpmOptions({ env: sandbox.env, cwd: project, cacheDir: path.join(sandbox.root, 'mine') });
  expect(own.cache).toBe(path.join(sandbox.root, 'mine', '_cacache'));
  expect(opts.userAgent).toMatch(/^clawguard\//);
  expect(opts.ignoreScripts).toBe(true);
  expect(process.env).toEqual(before);
});
