import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
export const triple = {
  'linux-x64': 'linux-amd64', 'linux-arm64': 'linux-arm64',
  'darwin-x64': 'darwin-amd64', 'darwin-arm64': 'darwin-arm64', 'win32-x64': 'windows-amd64',
}[`${process.platform}-${process.arch}`];
export const exe = join(here, '..', '.bin-cache', process.platform === 'win32' ? 'yamlfix.exe' : 'yamlfix');
