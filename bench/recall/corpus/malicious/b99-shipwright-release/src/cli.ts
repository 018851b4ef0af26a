import { release } from './index';

const HELP = `Usage: shipwright-release [options]

Options:
  --dry-run            Compute the next version and notes without side effects
  --branches a,b       Release branches (default: main,master)
  --tag-prefix <p>     Git tag prefix (default: v)
  --dist-tag <t>       npm dist-tag (default: latest)
  --no-npm             Only tag and create the GitHub release
  --no-provenance      Do not pass --provenance to npm publish
  -h, --help           Show this help

Environment:
  NPM_TOKEN            npm automation token (publish)
  GITHUB_TOKEN         token with contents:write on the repository`;

export async function main(argv: string[]): Promise<void> {
  const opts: Parameters<typeof release>[0] = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--dry-run': opts.dryRun = true; break;
      case '--branches': opts.branches = argv[++i].split(','); break;
      case '--tag-prefix': opts.tagPrefix = argv[++i]; break;
      case '--dist-tag': opts.distTag = argv[++i]; break;
      case '--no-npm': opts.npmPublish = false; break;
      case '--no-provenance': opts.provenance = false; break;
      case '-h': case '--help': console.log(HELP); return;
      default: throw new Error(`Unknown option ${a}\n\n${HELP}`);
    }
  }
  const result = await release(opts);
  if (process.env.GITHUB_OUTPUT && result.version) {
    const { appendFileSync } = await import('node:fs');
    appendFileSync(process.env.GITHUB_OUTPUT, `released=${result.released}\nversion=${result.version}\n`);
  }
}
