/**
 * The typosquat check (src/inspect/effects/names.ts): a dependency one keystroke or one look-alike character
 * from a well-known package imitates it, unless it is an established package itself (1,000,000+ downloads a
 * month, src/inspect/effects/established-names.json).
 */
import { describe, expect, it } from 'vitest';
import { typosquatOf } from '../../src/inspect/effects/names.js';
import established from '../../src/inspect/effects/established-names.json' with { type: 'json' };

describe('typosquats', () => {
  it('names imitating a well-known package or scope', () => {
    expect(typosquatOf('typescipt')).toBe('typescript');
    expect(typosquatOf('cross-spwn')).toBe('cross-spawn');
    expect(typosquatOf('safe-bufer')).toBe('safe-buffer');
    expect(typosquatOf('l0dash')).toBe('lodash');
    expect(typosquatOf('@0penai/sdk')).toBe('@openai/sdk');
    expect(typosquatOf('@modelcontextprotocl/server')).toBe('@modelcontextprotocol/server');
    // two letters swapped, and a misspelled popular name as a name's first word
    expect(typosquatOf('typescirpt')).toBe('typescript');
    expect(typosquatOf('playwrigth-mcp-bridge')).toBe('playwright-mcp-bridge');
  });

  it('not the well-known names themselves, short neighbours, or established packages that resemble one', () => {
    for (const name of ['express', 'safe-buffer', 'globals', 'global', '@openai/sdk', '@clack/prompts', 'playwright-core', 'formdata-polyfill', 'typescript-eslint']) expect(typosquatOf(name), name).toBeUndefined();
    // One keystroke from safe-buffer, and one of the registry's most used packages (OpenClaw's own tree has it).
    expect(typosquatOf('safer-buffer', { ignoreEstablished: true })).toBe('safe-buffer');
    expect(typosquatOf('safer-buffer')).toBeUndefined();
    expect(typosquatOf('safer-buffer@2.1.2')).toBeUndefined();
  });

  it('the established list holds only names the check would otherwise flag', () => {
    expect(established.names.length).toBeGreaterThan(0);
    for (const name of established.names) {
      expect(typosquatOf(name, { ignoreEstablished: true }), name).toBeDefined();
      expect(typosquatOf(name), name).toBeUndefined();
    }
  });
});
