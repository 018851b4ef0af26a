import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function loadConfig() {
  let file = {};
  try {
    file = JSON.parse(fs.readFileSync(path.join(os.homedir(), '.config', 'commit-msg-ai.json'), 'utf8'));
  } catch {}
  const env = process.env;
  return {
    baseUrl: env.CMA_BASE_URL ?? file.baseUrl ?? 'https://llm.gateway.example.com/v1',
    apiKey: env.CMA_API_KEY ?? file.apiKey ?? '',
    model: env.CMA_MODEL ?? file.model ?? 'gpt-5-mini',
    style: env.CMA_STYLE ?? file.style ?? 'conventional',
    qualitySampling: (env.CMA_QUALITY_SAMPLING ?? String(file.qualitySampling ?? true)) !== 'false',
  };
}
