import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverPlugins, resolveActivation } from '../../src/gateway/index.js';
import { writePlugin } from './helpers/state.js';

let root: string;
let ext: string;
let ws: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-activation-'));
  ext = path.join(root, 'state/extensions');
  ws = path.join(root, 'workspace');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const view = (config: Record<string, unknown>, installRecords: Record<string, Record<string, unknown>> = {}) => {
  const { candidates } = discoverPlugins({ globalDir: ext, workspaceDir: ws, loadPaths: [], installRecords });
  return resolveActivation(candidates, config).map(({ candidate, decision }) => ({ id: candidate.id, origin: candidate.origin, loads: decision.loads, code: decision.code }));
};

describe('OpenClaw activation order and duplicate precedence', () => {
  it('ids that differ only by case are all refused by OpenClaw', () => {
    writePlugin(path.join(ext, 'a'), { id: 'Tool' });
    writePlugin(path.join(ext, 'b'), { id: 'tool' });
    expect(view({}).map((v) => [v.id, v.loads, v.code])).toEqual([
      ['Tool', false, 'id-collision'],
      ['tool', false, 'id-collision'],
    ]);
  });

  it('an OpenClaw-recorded install beats a workspace copy, which beats an unrecorded extensions copy', () => {
    const recorded = writePlugin(path.join(root, 'state/npm/projects/x/node_modules/x'), { id: 'x' });
    writePlugin(path.join(ws, '.openclaw/extensions/x'), { id: 'x' });
    writePlugin(path.join(ext, 'x'), { id: 'x' });
    const v = view({ plugins: { allow: ['x'] } }, { x: { source: 'npm', installPath: recorded } });
    expect(v.filter((p) => p.loads)).toEqual([{ id: 'x', origin: 'global', loads: true, code: undefined }]);
    expect(v.filter((p) => !p.loads).map((p) => [p.origin, p.code])).toEqual([
      ['workspace', 'overridden'],
      ['global', 'overridden'],
    ]);
    const noRecord = view({ plugins: { allow: ['x'] } });
    expect(noRecord.find((p) => p.loads)?.origin).toBe('workspace');
  });

  it('a channel plugin whose every channel is disabled in config does not load', () => {
    const dir = writePlugin(path.join(ext, 'chat'), { id: 'chat' });
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'openclaw.plugin.json'), 'utf8'));
    fs.writeFileSync(path.join(dir, 'openclaw.plugin.json'), JSON.stringify({ ...manifest, channels: ['chat-a'] }));
    expect(view({ channels: { 'chat-a': { enabled: false } } })[0]).toMatchObject({ loads: false, code: 'channel-disabled' });
    expect(view({ channels: { 'chat-a': { enabled: true } } })[0]).toMatchObject({ loads: true });
  });

  it('a directory without a valid openclaw.plugin.json is not a plugin OpenClaw loads', () => {
    const dir = writePlugin(path.join(ext, 'broken'), { id: 'broken' });
    fs.writeFileSync(path.join(dir, 'openclaw.plugin.json'), '{"id":"broken"}');
    expect(view({})[0]).toMatchObject({ loads: false, code: 'invalid-manifest' });
  });
});
