/**
 * npm fetch failures → ClawguardErrors. The distinction that matters to the user and to scripts: a name or
 * version that does not exist is their input (exit 2); everything else on the way — an unreachable or
 * failing registry, a timeout, a download cut short or bytes that do not match the registry's integrity —
 * is an operational failure (exit 3), where retrying later or fixing the network is the answer.
 */
import { ClawguardError, inputError, operationalError } from '../core/errors.js';

export const FETCH_ERROR = {
  packageNotFound: 'EPACKAGE_NOT_FOUND',
  versionNotFound: 'EVERSION_NOT_FOUND',
  unreachable: 'EREGISTRY_UNREACHABLE',
  timeout: 'EREGISTRY_TIMEOUT',
  server: 'EREGISTRY_SERVER',
  auth: 'EREGISTRY_AUTH',
  integrity: 'EINTEGRITY',
  truncated: 'ETARBALL_TRUNCATED',
  tooLarge: 'ETARBALL_TOO_LARGE',
  badResponse: 'EREGISTRY_RESPONSE',
} as const;

interface NpmFetchError {
  code?: string;
  errno?: string;
  type?: string;
  statusCode?: number;
  message?: string;
}

export interface FetchContext {
  /** What was being fetched: `name@version`, or the package name for a packument. */
  what: string;
  registry: string;
  /** A tarball request: a 404 there means the registry is broken, not that the user typed a wrong name. */
  stage: 'packument' | 'tarball';
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ECONNABORTED', 'EPROTO']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ERR_SOCKET_TIMEOUT', 'FETCH_ERROR_TIMEOUT']);
const TRUNCATION_CODES = new Set(['EBADSIZE', 'ERR_STREAM_PREMATURE_CLOSE', 'Z_BUF_ERROR', 'Z_DATA_ERROR', 'TAR_BAD_ARCHIVE', 'TAR_ABORT']);

export function mapFetchError(err: unknown, ctx: FetchContext): ClawguardError {
  if (err instanceof ClawguardError) return err;
  const e = (err ?? {}) as NpmFetchError;
  const code = e.code ?? e.errno ?? '';
  const message = e.message ?? String(err);
  const detail = { registry: ctx.registry, what: ctx.what, cause: code || undefined };
  const status = e.statusCode ?? (/^E(\d{3})$/.exec(code) ? Number(code.slice(1)) : undefined);

  if (status === 404 && ctx.stage === 'packument')
    return inputError(FETCH_ERROR.packageNotFound, `package ${ctx.what} was not found on ${ctx.registry}`, {
      hint: 'check the package name; for a scoped package on a private registry, set @scope:registry in .npmrc or pass --registry URL',
      detail,
      cause: err,
    });
  if (code === 'ETARGET')
    return inputError(FETCH_ERROR.versionNotFound, `${ctx.what} does not exist on ${ctx.registry}`, {
      hint: 'pick a published version (npm view <name> versions lists them)',
      detail,
      cause: err,
    });
  if (status === 401 || status === 403)
    return operationalError(FETCH_ERROR.auth, `${ctx.registry} refused access to ${ctx.what} (HTTP ${status})`, {
      hint: 'log in or set a token for that registry in .npmrc (//host/:_authToken=…), then retry',
      detail,
      cause: err,
    });
  if (code === 'EINTEGRITY')
    return operationalError(
      FETCH_ERROR.integrity,
      `the tarball of ${ctx.what} from ${ctx.registry} does not match the integrity the registry published: ${message}`,
      {
        hint: 'nothing was installed; the download was altered or corrupted on the way (a proxy, a mirror or the registry itself). Retry; if it persists, report it to the registry operator',
        detail,
        cause: err,
      },
    );
  // Our own deadline (registryDeadline) aborts a request that trickles in slower than the fetch timeout allows.
  if (TIMEOUT_CODES.has(code) || e.type === 'request-timeout' || e.type === 'body-timeout' || (err as Error).name === 'TimeoutError' || e.type === 'aborted' || /timed? ?out/i.test(message))
    return operationalError(FETCH_ERROR.timeout, `${ctx.registry} did not answer in time while fetching ${ctx.what}`, {
      hint: 'check the network or the registry, then retry (fetch-timeout in .npmrc sets the limit)',
      detail,
      cause: err,
    });
  // A connection dropped in the middle of a tarball is a download cut short, not an unreachable registry.
  if (ctx.stage === 'tarball' && (code === 'ECONNRESET' || /aborted|socket hang up/i.test(message)))
    return operationalError(FETCH_ERROR.truncated, `the download of ${ctx.what} from ${ctx.registry} was cut short (${code || message})`, {
      hint: 'nothing was installed; retry the command',
      detail,
      cause: err,
    });
  if (NETWORK_CODES.has(code) || e.type === 'system')
    return operationalError(FETCH_ERROR.unreachable, `cannot reach the registry ${ctx.registry} (${code || message})`, {
      hint: 'check that the registry is up and the URL is right (--registry, or registry= in .npmrc), then retry',
      detail,
      cause: err,
    });
  if (TRUNCATION_CODES.has(code) || /premature|unexpected end|truncat|content size|aborted/i.test(message))
    return operationalError(FETCH_ERROR.truncated, `the download of ${ctx.what} from ${ctx.registry} was cut short or corrupt (${code || message})`, {
      hint: 'nothing was installed; retry the command',
      detail,
      cause: err,
    });
  // Bytes that are not HTTP (a lying Content-Length leaves the rest of a body where the next answer should be).
  if (/^HPE_/.test(code) || /Parse Error/i.test(message))
    return operationalError(FETCH_ERROR.badResponse, `${ctx.registry} sent a malformed HTTP answer while fetching ${ctx.what} (${code || message})`, {
      hint: 'nothing was installed; a proxy or the registry is answering with broken HTTP (a wrong Content-Length?). Retry; if it persists, report it to the operator',
      detail,
      cause: err,
    });
  if (status !== undefined)
    return operationalError(
      status >= 500 ? FETCH_ERROR.server : FETCH_ERROR.badResponse,
      `${ctx.registry} answered HTTP ${status} for ${ctx.what}`,
      { hint: status >= 500 ? 'the registry is failing; retry later' : 'check the registry URL and your .npmrc', detail, cause: err },
    );
  return operationalError(FETCH_ERROR.badResponse, `fetching ${ctx.what} from ${ctx.registry} failed: ${message}`, {
    hint: 'retry; if it persists, check the registry URL and your .npmrc',
    detail,
    cause: err,
  });
}
