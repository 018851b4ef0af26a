import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface Ctx { name: string; cluster: string; user: string; namespace?: string }

export function kubeconfigPath(override?: string): string {
  if (override) return override;
  if (process.env.KUBECONFIG) return process.env.KUBECONFIG.split(path.delimiter)[0];
  return path.join(os.homedir(), '.kube', 'config');
}

// Minimal YAML reader for the kubeconfig shape (avoids a yaml dependency).
export function contexts(file: string): { current: string | null; items: Ctx[] } {
  const text = fs.readFileSync(file, 'utf8');
  const current = (/^current-context:\s*"?([^"\n]+)"?/m.exec(text) || [])[1] || null;
  const items: Ctx[] = [];
  const block = text.split(/^contexts:\s*$/m)[1]?.split(/^[a-z-]+:/m)[0] || '';
  for (const entry of block.split(/^- /m).slice(1)) {
    const get = (k: string) => (new RegExp(`^\\s*${k}:\\s*"?([^"\\n]+)"?`, 'm').exec(entry) || [])[1];
    items.push({ name: get('name'), cluster: get('cluster'), user: get('user'), namespace: get('namespace') });
  }
  return { current, items };
}
