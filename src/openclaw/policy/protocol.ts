/**
 * OpenClaw's operator install-policy protocol, version 1 (shared/openclaw/INSTALL_POLICY.md §3–§4): the
 * request OpenClaw writes on stdin, the response it reads from stdout, and the limits its parser enforces.
 * The request is attacker-influenced (names, paths and specs come from the package being installed), so it is
 * validated field by field; anything malformed becomes a typed problem the caller turns into `block`.
 */

export const PROTOCOL_VERSION = 1;
/** OpenClaw refuses to send larger requests (DEFAULT_MAX_REQUEST_BYTES). */
export const MAX_REQUEST_BYTES = 262_144;
/** What we accept before calling a request oversized: the cap plus a margin for a future OpenClaw. */
export const REQUEST_READ_CAP_BYTES = MAX_REQUEST_BYTES + 16_384;
export const MAX_FINDINGS = 100;
export const MAX_TEXT_CHARS = 1000;
export const MAX_NOTICE_CHARS = 4000;

export type OpenClawSeverity = 'info' | 'warn' | 'critical';
export type Decision = 'allow' | 'warn' | 'block';

export interface PolicyFinding {
  ruleId: string;
  severity: OpenClawSeverity;
  message: string;
  file?: string;
  line?: number;
  evidence?: string;
}

export interface PolicyResponse {
  protocolVersion: 1;
  decision: Decision;
  reason?: string;
  findings?: PolicyFinding[];
}

/** A skill dependency installer recipe (§3.2.5 `skill.installSpec`). */
export interface SkillInstallSpec {
  kind: string;
  id?: string;
  label?: string;
  bins?: string[];
  os?: string[];
  formula?: string;
  package?: string;
  module?: string;
  url?: string;
  sha256?: string;
  archive?: string;
  extract?: boolean;
  stripComponents?: number;
  targetDir?: string;
}

export interface PolicyRequest {
  protocolVersion: 1;
  openclawVersion?: string;
  targetName: string;
  targetType: 'plugin' | 'skill';
  sourcePath: string;
  sourcePathKind: 'directory' | 'file';
  source?: { kind?: string; authority?: string; mutable?: boolean; network?: boolean };
  origin: { type: string; [key: string]: unknown };
  request: { kind: string; mode: string; requestedSpecifier?: string };
  plugin?: { contentType?: string; pluginId?: string; packageName?: string; manifestId?: string; version?: string; extensions?: string[] };
  skill?: { installId?: string; installSpec?: SkillInstallSpec };
}

export type ParsedRequest = { ok: true; request: PolicyRequest } | { ok: false; problem: string };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Parse the stdin text into a request, or say exactly what is wrong with it. */
export function parseRequest(text: string): ParsedRequest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: `the request is not valid JSON (${(err as Error).message})` };
  }
  if (!isObject(data)) return { ok: false, problem: 'the request must be a JSON object' };
  if (data.protocolVersion !== PROTOCOL_VERSION)
    return { ok: false, problem: `unsupported protocolVersion ${JSON.stringify(data.protocolVersion)} (clawguard speaks version ${PROTOCOL_VERSION})` };
  if (!isString(data.targetName) || data.targetName.trim() === '') return { ok: false, problem: 'the request has no targetName' };
  if (data.targetType !== 'plugin' && data.targetType !== 'skill')
    return { ok: false, problem: `unknown targetType ${JSON.stringify(data.targetType)} (expected "plugin" or "skill")` };
  if (!isString(data.sourcePath) || !data.sourcePath.startsWith('/'))
    return { ok: false, problem: `sourcePath must be an absolute path, got ${JSON.stringify(data.sourcePath)}` };
  if (data.sourcePathKind !== 'directory' && data.sourcePathKind !== 'file')
    return { ok: false, problem: `unknown sourcePathKind ${JSON.stringify(data.sourcePathKind)}` };
  if (!isObject(data.origin) || !isString(data.origin.type)) return { ok: false, problem: 'the request has no origin.type' };
  if (!isObject(data.request) || !isString(data.request.kind) || !isString(data.request.mode))
    return { ok: false, problem: 'the request has no request.kind / request.mode' };
  if (data.request.requestedSpecifier !== undefined && !isString(data.request.requestedSpecifier))
    return { ok: false, problem: 'request.requestedSpecifier must be a string' };
  if (data.source !== undefined && !isObject(data.source)) return { ok: false, problem: 'source must be an object' };
  if (data.plugin !== undefined && !isObject(data.plugin)) return { ok: false, problem: 'plugin must be an object' };
  if (data.skill !== undefined && !isObject(data.skill)) return { ok: false, problem: 'skill must be an object' };
  if (isObject(data.skill) && data.skill.installSpec !== undefined) {
    const spec = data.skill.installSpec;
    if (!isObject(spec) || !isString(spec.kind)) return { ok: false, problem: 'skill.installSpec must be an object with a kind' };
  }
  return { ok: true, request: data as unknown as PolicyRequest };
}
