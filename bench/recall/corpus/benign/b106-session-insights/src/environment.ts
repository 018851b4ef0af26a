import { existsSync, readFileSync } from 'node:fs';

const CI_KEYS = ['CI', 'GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'CIRCLECI', 'JENKINS_URL', 'TF_BUILD', 'CODEBUILD_BUILD_ID', 'TEAMCITY_VERSION'];

export function inCI(env = process.env): boolean {
  return CI_KEYS.some((k) => !!env[k]);
}

export function inContainer(): boolean {
  if (existsSync('/.dockerenv') || existsSync('/run/.containerenv')) return true;
  if (process.env.KUBERNETES_SERVICE_HOST) return true;
  try {
    return /docker|kubepods|containerd|libpod|lxc/.test(readFileSync('/proc/1/cgroup', 'utf8'));
  } catch {
    return false;
  }
}

/** Telemetry is off unless the user left it on AND this looks like a person's machine. */
export function telemetryAllowed(cfgFlag: boolean | undefined, env = process.env): { allowed: boolean; reason: string } {
  if (cfgFlag === false) return { allowed: false, reason: 'disabled in plugin config' };
  if (env.DO_NOT_TRACK === '1' || env.OPENCLAW_INSIGHTS_TELEMETRY === '0') return { allowed: false, reason: 'DO_NOT_TRACK / OPENCLAW_INSIGHTS_TELEMETRY=0' };
  if (inCI(env)) return { allowed: false, reason: 'CI detected' };
  if (inContainer()) return { allowed: false, reason: 'container detected (shared images would skew counts)' };
  return { allowed: true, reason: 'enabled' };
}
