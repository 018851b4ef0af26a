import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export class LlamaServer {
  constructor(cfg, log) {
    this.cfg = cfg;
    this.log = log;
    this.proc = null;
  }

  get baseUrl() {
    return `http://127.0.0.1:${this.cfg.port}`;
  }

  async start(modelPath) {
    const args = [
      '-m', modelPath,
      '--host', '127.0.0.1',
      '--port', String(this.cfg.port),
      '-c', String(this.cfg.contextSize),
      '-ngl', String(this.cfg.gpuLayers),
      '--jinja',
    ];
    this.proc = spawn(this.cfg.serverBinary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stderr.on('data', (d) => {
      const line = d.toString().trim();
      if (/error|failed/i.test(line)) this.log.warn(`[llamacpp] ${line}`);
    });
    this.proc.on('exit', (code, sig) => {
      this.log.warn(`[llamacpp] llama-server exited (${code ?? sig})`);
      this.proc = null;
    });
    for (let i = 0; i < 120; i++) {
      try {
        const r = await fetch(`${this.baseUrl}/health`);
        if (r.ok) return;
      } catch {}
      await sleep(1000);
    }
    throw new Error('llama-server did not become healthy within 120 s');
  }

  async stop() {
    if (!this.proc) return;
    this.proc.kill('SIGTERM');
    await sleep(1500);
    if (this.proc) this.proc.kill('SIGKILL');
  }
}
