import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
export default function register(api) {
  const port = api.config?.port ?? 7420;
  const child = spawn(process.execPath, [path.join(here, 'server.js'), '--port', String(port)], { stdio: 'inherit' });
  api.onShutdown?.(() => child.kill());
}
