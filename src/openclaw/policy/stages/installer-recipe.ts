/**
 * Judge a skill's dependency-installer recipe (`metadata.openclaw.install[]`, INSTALL_POLICY.md §3.2.5) before
 * OpenClaw runs it: brew, node, go, uv or a raw download. Skill malware ships its dropper exactly here or in
 * the prose: a download from a raw IP or over plain http, an unpinned package that the author can swap after
 * review, an archive extracted outside the skill's own folder, a Windows executable. Pure: recipe in,
 * findings out.
 */
import net from 'node:net';
import npa from 'npm-package-arg';
import type { Finding } from '../../../report/types.js';
import type { SkillInstallSpec } from '../protocol.js';

const RULE = 'clawguard.skill-installer';

/** Paste sites, anonymous file drops, tunnels and request catchers: where droppers and exfiltration endpoints live. */
const UNTRUSTED_HOSTS = [
  'pastebin.com', 'paste.ee', 'hastebin.com', 'ghostbin.com', 'rentry.co', 'rentry.org', 'controlc.com', 'justpaste.it',
  'glot.io', 'dpaste.org', 'transfer.sh', 'file.io', '0x0.st', 'temp.sh', 'bashupload.com', 'anonfiles.com', 'gofile.io',
  'webhook.site', 'requestbin.com', 'pipedream.net', 'ngrok.io', 'ngrok-free.app', 'ngrok.app', 'trycloudflare.com',
  'interact.sh', 'oast.fun', 'burpcollaborator.net',
];
const WINDOWS_EXECUTABLE = /\.(exe|msi|scr|bat|cmd|ps1|vbs|hta|lnk)$/i;
const ARCHIVE = /\.(zip|tar|tgz|tar\.gz|tar\.bz2|tbz2|tar\.xz|txz|7z|rar)$/i;
const SHA256 = /^[0-9a-f]{64}$/i;

function finding(id: string, severity: Finding['severity'], message: string, remediation?: string): Finding {
  return { ruleId: `${RULE}.${id}`, severity, message, ...(remediation ? { remediation } : {}) };
}

function hostIsUntrusted(host: string): boolean {
  return UNTRUSTED_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

function judgeDownload(spec: SkillInstallSpec, label: string): Finding[] {
  const out: Finding[] = [];
  if (!spec.url) return [finding('missing-url', 'high', `${label} is a download recipe without a url`)];
  let url: URL;
  try {
    url = new URL(spec.url);
  } catch {
    return [finding('bad-url', 'high', `${label} downloads from ${JSON.stringify(spec.url)}, which is not a URL`)];
  }
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (net.isIP(host) || /^\d+$/.test(host) || /^0x[0-9a-f]+$/i.test(host))
    out.push(
      finding('raw-ip-download', 'critical', `${label} downloads from a raw IP address (${url.host}): the signature of skill malware droppers`, 'install the tool from its official, named distribution host or package manager'),
    );
  else if (hostIsUntrusted(host))
    out.push(finding('untrusted-host', 'critical', `${label} downloads from ${host}, a paste site, anonymous file drop or tunnel`, 'install the tool from its official release page or a package manager'));
  if (url.protocol !== 'https:')
    out.push(finding('insecure-download', 'high', `${label} downloads over ${url.protocol.replace(':', '')}, not https: anyone on the network path can swap the file`, 'use an https URL'));
  if (url.username || url.password) out.push(finding('url-credentials', 'medium', `${label} carries credentials in its download URL`));
  if (!spec.sha256) out.push(finding('unverified-download', 'medium', `${label} downloads ${url.href} with no sha256: the file is not verified`, 'add the sha256 of the reviewed file to the recipe'));
  else if (!SHA256.test(spec.sha256)) out.push(finding('bad-checksum', 'medium', `${label} has a malformed sha256 (${spec.sha256})`));
  if (WINDOWS_EXECUTABLE.test(url.pathname)) out.push(finding('windows-executable', 'medium', `${label} downloads a Windows executable (${url.pathname.split('/').pop()})`));
  if (spec.archive || spec.extract || ARCHIVE.test(url.pathname))
    out.push(finding('archive', 'low', `${label} extracts an archive${spec.targetDir ? ` into ${spec.targetDir}` : ''}`));
  return out;
}

function judgeTargetDir(spec: SkillInstallSpec, label: string): Finding[] {
  const dir = spec.targetDir?.trim();
  if (!dir) return [];
  // OpenClaw itself refuses a target outside the skill's tools directory; a `..` still says the author tried.
  if (dir.split(/[\\/]/).includes('..'))
    return [finding('target-outside', 'high', `${label} tries to write to ${dir}, outside the skill's own tools directory`, 'extract into a relative directory inside the skill')];
  if (dir.startsWith('/') || dir.startsWith('~') || /^[A-Za-z]:[\\/]/.test(dir))
    return [finding('absolute-target', 'low', `${label} names an absolute target directory (${dir})`)];
  return [];
}

function judgeNode(spec: SkillInstallSpec, label: string): Finding[] {
  if (!spec.package) return [finding('missing-package', 'medium', `${label} is a node recipe without a package`)];
  let parsed: npa.Result;
  try {
    parsed = npa(spec.package);
  } catch {
    return [finding('bad-package', 'high', `${label} names ${JSON.stringify(spec.package)}, which is not an npm package spec`)];
  }
  if (parsed.type === 'alias') parsed = (parsed as npa.Result & { subSpec: npa.Result }).subSpec;
  if (parsed.type === 'version') return [];
  if (parsed.type === 'range' || parsed.type === 'tag')
    return [
      finding('unpinned-package', 'medium', `${label} installs ${spec.package} without an exact version: the author can change what it installs after review`, 'pin an exact version (name@1.2.3)'),
    ];
  return [finding('non-registry-package', 'high', `${label} installs ${spec.package} from a ${parsed.type} source outside the npm registry`, 'install a published, pinned npm version')];
}

function judgeGo(spec: SkillInstallSpec, label: string): Finding[] {
  if (!spec.module) return [finding('missing-module', 'medium', `${label} is a go recipe without a module`)];
  if (/^[a-z]+:\/\//i.test(spec.module)) return [finding('bad-module', 'high', `${label} names a URL (${spec.module}) instead of a Go module path`)];
  const at = spec.module.lastIndexOf('@');
  const version = at > 0 ? spec.module.slice(at + 1) : '';
  if (!/^v\d+\.\d+\.\d+/.test(version))
    return [finding('unpinned-module', 'medium', `${label} installs ${spec.module} without an exact version (@${version || 'none'})`, 'pin a version: module@v1.2.3')];
  return [];
}

function judgeUv(spec: SkillInstallSpec, label: string): Finding[] {
  const pkg = spec.package;
  if (!pkg) return [finding('missing-package', 'medium', `${label} is a uv recipe without a package`)];
  if (/^(git\+|https?:|file:|\/|\.)/i.test(pkg) || pkg.includes(' @ '))
    return [finding('non-index-package', 'high', `${label} installs ${pkg} from outside the Python package index`, 'install a pinned release from PyPI')];
  if (!/^[A-Za-z0-9._-]+(\[[^\]]*\])?==[A-Za-z0-9.+!-]+$/.test(pkg.trim()))
    return [finding('unpinned-package', 'medium', `${label} installs ${pkg} without an exact version`, 'pin it: name==1.2.3')];
  return [];
}

function judgeBrew(spec: SkillInstallSpec, label: string): Finding[] {
  const formula = spec.formula;
  if (!formula) return [finding('missing-formula', 'medium', `${label} is a brew recipe without a formula`)];
  if (/^[a-z]+:\/\//i.test(formula) || formula.startsWith('/') || formula.startsWith('.') || formula.endsWith('.rb'))
    return [finding('formula-from-file', 'high', `${label} installs a Homebrew formula from a URL or file (${formula}), outside Homebrew's reviewed taps`)];
  if (!/^[a-z0-9@+._-]+(\/[a-z0-9@+._-]+){0,2}$/i.test(formula))
    return [finding('bad-formula', 'medium', `${label} names ${JSON.stringify(formula)}, which is not a Homebrew formula name`)];
  if (formula.split('/').length === 3) return [finding('third-party-tap', 'low', `${label} installs ${formula} from a third-party tap`)];
  return [];
}

export function judgeInstallerRecipe(spec: SkillInstallSpec): Finding[] {
  const label = `installer ${spec.id ?? spec.kind}${spec.label ? ` ("${spec.label}")` : ''}`;
  const kinds: Record<string, (s: SkillInstallSpec, l: string) => Finding[]> = {
    brew: judgeBrew,
    node: judgeNode,
    go: judgeGo,
    uv: judgeUv,
    download: judgeDownload,
  };
  const judge = kinds[spec.kind];
  if (!judge) return [finding('unknown-kind', 'high', `${label} has an unknown kind ${JSON.stringify(spec.kind)}; clawguard cannot judge what it would run`)];
  return [...judge(spec, label), ...judgeTargetDir(spec, label)];
}
