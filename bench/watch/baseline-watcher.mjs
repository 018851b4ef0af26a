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
w.on('ready', () => process.stdout.write(`${JSON.stringify({ event: 'ready' })}\n`));
const stop = () => w.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
