// Baseline for the watch bench: a bare chokidar watcher on the same root, printing one JSON line per new
// skill folder with no inspection at all (roughly what OpenClaw's own skill watcher does before its 250 ms
// debounce). clawguard's latency is reported as a ratio against this.
import { watch } from 'chokidar';
import path from 'node:path';

const root = process.argv[2];
const w = watch(root, { ignoreInitial: true, followSymlinks: false, depth: 16, ignored: (p) => ['.git', 'node_modules'].includes(path.basename(p)) });
w.on('addDir', (p) => {
  const rel = path.relative(root, p);
  if (rel && !rel.includes(path.sep)) process.stdout.write(`${JSON.stringify({ event: 'skill-added', skill: { name: rel } })}\n`);
});
// An atomic save (temp file renamed over SKILL.md) arrives as add or change of the file.
const onFile = (p) => {
  const rel = path.relative(root, p).split(path.sep);
  if (rel.length === 2 && rel[1] === 'SKILL.md') process.stdout.write(`${JSON.stringify({ event: 'skill-changed', skill: { name: rel[0] } })}\n`);
};
w.on('change', onFile);
w.on('add', onFile);
w.on('ready', () => process.stdout.write(`${JSON.stringify({ event: 'ready' })}\n`));
const stop = () => w.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
