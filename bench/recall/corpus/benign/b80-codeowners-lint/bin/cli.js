#!/usr/bin/env node
import { lint } from '../src/index.js';

const fix = process.argv.includes('--fix');
lint({ fix })
  .then(({ file, problems }) => {
    for (const p of problems) console.log(`${file}:${p.line}  ${p.message}`);
    console.log(problems.length ? `${problems.length} problem(s)${fix ? ' fixed' : ''}` : 'CODEOWNERS looks good');
    if (problems.length && !fix) process.exitCode = 1;
  })
  .catch((e) => { console.error(`codeowners-lint: ${e.message}`); process.exitCode = 2; });
