import { spawn } from 'node:child_process';
import path from 'node:path';

function runOne(cmd, opts) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, { shell: true, stdio: 'inherit', cwd: opts.cwd, env: opts.env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`"${cmd}" exited with ${code}`))));
  });
}

export default function runAfter(options = {}) {
  const commands = [].concat(options.commands || options.command || []);
  if (!commands.length) throw new Error('rollup-plugin-run-after: no commands configured');
  let background = null;

  const kill = () => {
    if (background && background.exitCode === null) {
      background.kill(options.signal || 'SIGTERM');
    }
    background = null;
  };
  process.once('exit', kill);

  return {
    name: 'run-after',
    async writeBundle(outputOptions, bundle) {
      const outDir = outputOptions.dir || path.dirname(outputOptions.file || '.');
      const env = {
        ...process.env,
        ...options.env,
        ROLLUP_OUTPUT_DIR: path.resolve(outDir),
        ROLLUP_OUTPUT_FILES: Object.keys(bundle).join(path.delimiter),
        ROLLUP_WATCH: this.meta && this.meta.watchMode ? 'true' : 'false'
      };
      const cwd = options.cwd || process.cwd();
      const sequential = options.restart ? commands.slice(0, -1) : commands;
      for (const cmd of sequential) {
        try {
          await runOne(cmd, { cwd, env });
        } catch (err) {
          if (options.failOnError !== false && !(this.meta && this.meta.watchMode)) this.error(err.message);
          else this.warn(err.message);
          return;
        }
      }
      if (options.restart) {
        kill();
        background = spawn(commands[commands.length - 1], { shell: true, stdio: 'inherit', cwd, env });
      }
    },
    closeWatcher: kill
  };
}
