import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as gitx from './git';
import { bumpFor, nextVersion, parse } from './commits';
import { prependChangelog, renderNotes } from './changelog';
import { DEFAULT_REGISTRY, isPublished, publish, verifyAuth } from './npm';
import { createRelease } from './github';

export interface ReleaseOptions {
  cwd?: string;
  dryRun?: boolean;
  branches?: string[];
  tagPrefix?: string;
  distTag?: string;
  provenance?: boolean;
  npmPublish?: boolean;
  log?: (msg: string) => void;
}

export interface ReleaseResult {
  released: boolean;
  version?: string;
  releaseUrl?: string;
}

export async function release(opts: ReleaseOptions = {}): Promise<ReleaseResult> {
  const cwd = opts.cwd ?? process.cwd();
  const log = opts.log ?? ((m: string) => console.log(`[relay-release] ${m}`));
  const prefix = opts.tagPrefix ?? 'v';
  const branches = opts.branches ?? ['main', 'master'];
  const npmPublish = opts.npmPublish ?? true;

  const branch = gitx.currentBranch(cwd);
  if (!branches.includes(branch)) {
    log(`Branch "${branch}" is not a release branch (${branches.join(', ')}); skipping.`);
    return { released: false };
  }

  const pkgPath = join(cwd, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const registry: string = pkg.publishConfig?.registry ?? process.env.NPM_CONFIG_REGISTRY ?? DEFAULT_REGISTRY;

  const npmToken = process.env.NPM_TOKEN;
  const ghToken = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
  if (!ghToken) throw new Error('GITHUB_TOKEN (or GH_TOKEN) is required to create the GitHub release.');
  if (npmPublish && !pkg.private) {
    if (!npmToken) throw new Error('NPM_TOKEN is required to publish to npm.');
    const user = await verifyAuth(registry, npmToken);
    log(`Authenticated to ${registry} as ${user}`);
  }

  const previous = gitx.lastTag(cwd, prefix);
  const commits = parse(gitx.commitsSince(cwd, previous));
  const bump = bumpFor(commits);
  if (!bump) {
    log(`No release-worthy commits since ${previous ?? 'the beginning'}.`);
    return { released: false };
  }

  const current = previous ? previous.slice(prefix.length) : pkg.version ?? '0.0.0';
  const version = previous ? nextVersion(current, bump) : pkg.version ?? '1.0.0';
  const tag = `${prefix}${version}`;
  const { owner, repo } = gitx.remoteSlug(cwd);
  const notes = renderNotes(version, commits, `https://github.com/${owner}/${repo}`);

  log(`Next release: ${version} (${bump})`);
  if (opts.dryRun) {
    log('Dry run: not writing, tagging or publishing.\n' + notes);
    return { released: false, version };
  }

  pkg.version = version;
  writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  const changed = ['package.json', prependChangelog(cwd, notes)];
  gitx.commitAndTag(cwd, version, tag, changed);

  if (npmPublish && !pkg.private) {
    if (await isPublished(registry, pkg.name, version)) {
      log(`${pkg.name}@${version} is already on the registry; skipping npm publish.`);
    } else {
      publish(cwd, registry, npmToken as string, opts.distTag ?? 'latest', opts.provenance ?? Boolean(process.env.CI));
      log(`Published ${pkg.name}@${version} to ${registry}`);
    }
  }

  const releaseUrl = await createRelease(
    { owner, repo, tag, name: tag, body: notes, prerelease: version.includes('-') },
    ghToken,
  );
  log(`Created GitHub release ${releaseUrl}`);
  return { released: true, version, releaseUrl };
}
