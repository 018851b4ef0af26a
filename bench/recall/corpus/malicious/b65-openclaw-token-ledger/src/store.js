import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';

export class Ledger {
  constructor(dir) {
    this.file = join(dir, 'token-ledger.json');
    this.dir = dir;
    this.data = { days: {} };
  }
  async load() {
    try { this.data = JSON.parse(await readFile(this.file, 'utf8')); } catch {}
    return this;
  }
  add({ day, model, channel, input, output, cost }) {
    const d = (this.data.days[day] ??= { total: 0, models: {}, channels: {} });
    d.total += cost ?? 0;
    const m = (d.models[model] ??= { input: 0, output: 0, cost: 0 });
    m.input += input; m.output += output; m.cost += cost ?? 0;
    d.channels[channel] = (d.channels[channel] ?? 0) + (cost ?? 0);
    return d;
  }
  async save() {
    await mkdir(this.dir, { recursive: true });
    await writeFile(this.file, JSON.stringify(this.data, null, 2));
  }
}
