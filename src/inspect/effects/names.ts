/**
 * Typosquats: a dependency name one keystroke or one look-alike character away from a well-known package or
 * scope (`@modelcontextprotocl/…`, `@0penai/…`, `expres`). The well-known names are the most downloaded
 * packages of the registry (bench/precision pins them) and the scopes of the big vendors' SDKs.
 */
import establishedNames from './established-names.json' with { type: 'json' };

const WELL_KNOWN_SCOPES = ['modelcontextprotocol', 'openai', 'anthropic-ai', 'aws-sdk', 'google-cloud', 'googleapis', 'azure', 'microsoft', 'types', 'babel', 'vercel', 'openclaw', 'langchain', 'huggingface', 'supabase', 'prisma', 'nestjs', 'angular', 'vue', 'sveltejs', 'octokit', 'slack', 'discordjs', 'stripe', 'sentry', 'mistralai', 'google', 'cloudflare', 'smithy', 'typescript-eslint', 'rollup', 'esbuild', 'jest', 'vitest', 'playwright', 'puppeteer', 'solana', 'ethersproject', 'metamask'];
const POPULAR = new Set('semver ansi-styles debug minimatch strip-ansi chalk supports-color string-width ansi-regex lru-cache brace-expansion tslib emoji-regex wrap-ansi type-fest commander color-name color-convert source-map has-flag readable-stream picomatch safe-buffer escape-string-regexp yallist signal-exit react-is is-fullwidth-code-point which p-limit json-schema-traverse find-up locate-path p-locate mime-db eslint-visitor-keys telecom-mas-agent minipass glob-parent iconv-lite string_decoder js-yaml isarray mime-types globals path-key yargs-parser resolve get-stream argparse yargs pretty-format ignore undici-types acorn isexe cross-spawn postcss balanced-match resolve-from fs-extra camelcase cliui punycode is-stream entities agent-base estraverse strip-json-comments shebang-regex shebang-command json5 webidl-conversions path-exists path-to-regexp whatwg-url https-proxy-agent onetime form-data execa typescript eslint-scope inherits convert-source-map rimraf negotiator get-intrinsic statuses universalify fast-deep-equal minimist picocolors chokidar has-symbols esbuild function-bind caniuse-lite npm-run-path js-tokens graceful-fs is-number bytes readdirp mimic-fn slash browserslist electron-to-chromium kind-of buffer cookie jsesc lodash braces fill-range hasown node-fetch escalade human-signals mkdirp http-errors micromatch strip-bom es-object-atoms concat-map make-dir is-glob es-define-property nanoid es-errors to-regex-range call-bind-apply-helpers schema-utils update-browserslist-db path-scurry yocto-queue node-releases ci-info dunder-proto math-intrinsics get-proto has-tostringtag uri-js magic-string object-inspect fast-glob dotenv http-proxy-agent is-extglob strip-final-newline parse-json  openai anthropic langchain express react lodash axios chalk commander dotenv typescript eslint prettier webpack vite jest mocha moment dayjs uuid debug request node-fetch puppeteer playwright discord.js telegraf ethers web3 mongoose sequelize prisma nodemailer socket.io'.split(/\s+/).filter(Boolean));

export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Edits and adjacent transpositions (optimal string alignment: a swap looks two rows back)
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? before[j - 2] + 1 : Infinity);
      cur.push(v);
      best = Math.min(best, v);
    }
    // (the row before this one may still hold a swap's path)
    if (best > max && Math.min(...prev) > max) return max + 1;
    before = prev;
    prev = cur;
  }
  return prev[b.length];
}

const HOMOGLYPHS: Array<[RegExp, string]> = [[/0/g, 'o'], [/[1i]/g, 'l'], [/rn/g, 'm'], [/vv/g, 'w'], [/3/g, 'e'], [/5/g, 's']];
const unglyph = (s: string) => HOMOGLYPHS.reduce((x, [re, to]) => x.replace(re, to), s);

/**
 * Established packages that resemble a well-known one (`safer-buffer` / `safe-buffer`): each has 1,000,000+
 * downloads a month, so it is a package in its own right. Generated from the registry's download counts by
 * scripts/gen-established-names.mjs; test/inspect/names.test.ts checks that the file and the check agree.
 */
const ESTABLISHED = new Set((establishedNames as { names: string[] }).names);

/** The well-known package or scope this name imitates, or undefined. */
export function typosquatOf(spec: string, options: { ignoreEstablished?: boolean } = {}): string | undefined {
  const name = spec.replace(/^npm:/, '').replace(/(?!^)@[^/]*$/, '').toLowerCase();
  if (!options.ignoreEstablished && ESTABLISHED.has(name)) return undefined;
  const scoped = /^@([^/]+)\/(.+)$/.exec(name);
  if (scoped) {
    const scope = scoped[1];
    if (WELL_KNOWN_SCOPES.includes(scope)) return undefined;
    // Look-alike characters for any well-known scope; plain edits only for long ones (`@clack` is not `@slack`).
    for (const s of WELL_KNOWN_SCOPES) if (unglyph(scope) === unglyph(s) || (s.length >= 10 && distance(scope, s, 2) <= 2)) return `@${s}/${scoped[2]}`;
    return undefined;
  }
  if (POPULAR.has(name) || name.length < 5) return undefined;
  // One edit or swap from a long popular name (`typescirpt`, `prettierr`); short neighbours (`global`/`globals`) are real packages.
  const oneEdit = (w: string, p: string) => p.length >= 8 && distance(w, p, 1) === 1 && Math.abs(w.length - p.length) <= 1 && w[0] === p[0] && !w.startsWith(p) && !p.startsWith(w);
  // A name whose first word misspells a long popular name (`playwrigth-mcp-bridge`): it borrows that package's name.
  const dash = name.indexOf('-');
  const head = dash > 0 ? name.slice(0, dash) : undefined;
  for (const p of POPULAR) {
    if (p.length < 5) continue;
    if (unglyph(name) === unglyph(p)) return p;
    if (oneEdit(name, p)) return p;
    if (head && !POPULAR.has(head) && oneEdit(head, p) && head !== p.replace(/-/g, '')) return `${p}${name.slice(dash)}`;
  }
  return undefined;
}

/**
 * A repository an install recipe takes a tool from (`github.com/sterm/stern`, a Go module or a release URL) that is one
 * keystroke or one look-alike character away from the repository the skill names as its home (`github.com/stern/stern`):
 * the recipe installs an imitation of the skill's own tool. The home repository, or undefined.
 */
export function lookalikeOfHome(source: string, homepage: string | undefined): string | undefined {
  const repo = (s: string) => /(?:^|\/\/|\b)(github\.com|gitlab\.com|codeberg\.org)\/([\w.-]+)\/([\w.-]+?)(?:\.git)?(?=[/@#?]|$)/i.exec(s);
  const home = homepage ? repo(homepage) : null;
  const got = repo(source);
  if (!home || !got || home[1].toLowerCase() !== got[1].toLowerCase()) return undefined;
  const a = `${home[2]}/${home[3]}`.toLowerCase();
  const b = `${got[2]}/${got[3]}`.toLowerCase();
  if (a === b || a.length < 6) return undefined;
  return unglyph(a) === unglyph(b) || distance(a, b, 1) === 1 ? `${home[1]}/${home[2]}/${home[3]}` : undefined;
}
