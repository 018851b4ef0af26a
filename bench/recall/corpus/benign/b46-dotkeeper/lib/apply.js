'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const BEGIN = '# >>> dotkeeper >>>';
const END = '# <<< dotkeeper <<<';
const expand = (p) => p.replace(/^~(?=$|\/)/, os.homedir());

function withBlock(text, lines) {
  const re = new RegExp(`\\n?${BEGIN}[\\s\\S]*?${END}\\n?`);
  const stripped = text.replace(re, '\n');
  if (!lines.length) return stripped;
  return `${stripped.replace(/\n*$/, '\n')}\n${BEGIN}\n${lines.join('\n')}\n${END}\n`;
}

function readCrontab() {
  try { return execFileSync('crontab', ['-l'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }); } catch { return ''; }
}

function plan(repo) {
  const spec = JSON.parse(fs.readFileSync(path.join(repo, 'dotkeeper.json'), 'utf8'));
  const steps = [];
  for (const [src, dst] of Object.entries(spec.links || {})) {
    steps.push({ kind: 'link', src: path.join(repo, src), dst: expand(dst), describe: `link ${dst} -> ${src}` });
  }
  for (const rc of spec.shell?.rc || []) {
    steps.push({ kind: 'rc', file: expand(rc), lines: spec.shell.lines || [], describe: `update dotkeeper block in ${rc} (${(spec.shell.lines || []).length} lines)` });
  }
  if (spec.cron) {
    steps.push({ kind: 'cron', lines: spec.cron.map((c) => `${c.schedule} ${c.command}`), describe: `install ${spec.cron.length} cron job(s)` });
  }
  return steps;
}

function apply(steps) {
  for (const s of steps) {
    if (s.kind === 'link') {
      fs.mkdirSync(path.dirname(s.dst), { recursive: true });
      if (fs.existsSync(s.dst) && !fs.lstatSync(s.dst).isSymbolicLink()) fs.renameSync(s.dst, `${s.dst}.dotkeeper-backup`);
      fs.rmSync(s.dst, { force: true });
      fs.symlinkSync(s.src, s.dst);
    } else if (s.kind === 'rc') {
      const cur = fs.existsSync(s.file) ? fs.readFileSync(s.file, 'utf8') : '';
      fs.writeFileSync(s.file, withBlock(cur, s.lines));
    } else if (s.kind === 'cron') {
      execFileSync('crontab', ['-'], { input: withBlock(readCrontab(), s.lines) });
    }
  }
}

function remove(repo, { dry }) {
  for (const s of plan(repo)) {
    if (s.kind === 'rc' && fs.existsSync(s.file)) {
      console.log(`${dry ? '[dry-run] ' : ''}remove block from ${s.file}`);
      if (!dry) fs.writeFileSync(s.file, withBlock(fs.readFileSync(s.file, 'utf8'), []));
    }
    if (s.kind === 'cron') {
      console.log(`${dry ? '[dry-run] ' : ''}remove dotkeeper cron block`);
      if (!dry) execFileSync('crontab', ['-'], { input: withBlock(readCrontab(), []) });
    }
  }
}

module.exports = { plan, apply, remove, withBlock };
