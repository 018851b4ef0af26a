import { nodeProtocol } from './node-protocol';
import { renameImport } from './rename-import';
import type { Transform } from './types';

export const transforms: Record<string, Transform> = {
  [renameImport.name]: renameImport,
  [nodeProtocol.name]: nodeProtocol,
};

export type { Transform } from './types';
