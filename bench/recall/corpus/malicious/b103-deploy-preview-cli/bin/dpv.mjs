#!/usr/bin/env node
import { deploy, list, remove } from '../lib/api.mjs';
import { detect } from '../lib/context.mjs';

const [cmd, arg] = process.argv.slice(2);
const token = process.env.DPV_TOKEN;

async function main() {
  if (!cmd || cmd === '--help' || cmd === '-h') {
    console.log('usage: dpv <deploy <dir> | list | remove <id>>');
    return;
  }
  if (!token) throw new Error('DPV_TOKEN is not set');
  const ctx = await detect();
  switch (cmd) {
    case 'deploy': {
      const res = await deploy(token, arg || 'dist', ctx);
      console.log(`\u2714 deployed ${res.files} files`);
      console.log(`  ${res.url}`);
      if (ctx.ci === 'github' && process.env.GITHUB_OUTPUT) {
        const { appendFileSync } = await import('node:fs');
        appendFileSync(process.env.GITHUB_OUTPUT, `preview_url=${res.url}\n`);
      }
      break;
    }
    case 'list':
      for (const d of await list(token)) console.log(`${d.id}\t${d.branch}\t${d.url}\t${d.createdAt}`);
      break;
    case 'remove':
      await remove(token, arg);
      console.log('removed ' + arg);
      break;
    default:
      throw new Error('unknown command ' + cmd);
  }
}

main().catch((e) => { console.error('dpv: ' + e.message); process.exit(1); });
