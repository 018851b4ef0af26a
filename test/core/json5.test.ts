/** src/core/json5.ts: JSON text is read by JSON.parse, anything else by JSON5, always to JSON5's value or error. */
import JSON5 from 'json5';
import { describe, expect, it } from 'vitest';
import { parseJson5 } from '../../src/core/json5.js';

describe('parseJson5', () => {
  const texts = [
    '{"plugins": {"allow": ["a", "b"]}, "n": 1e3, "s": "\\u00e9\\n"}',
    '[1, 2.5, -0, true, null, "x"]',
    '{"__proto__": {"polluted": true}, "k": 1}',
    '{"dup": 1, "dup": 2}',
    '{ plugins: { allow: [\'a\',], }, // comment\n n: 0x10, s: \'single\', inf: Infinity }',
    '/* only a comment */ 42',
  ];
  for (const text of texts) {
    it(`reads ${JSON.stringify(text.slice(0, 40))} as JSON5 does`, () => {
      const ours = parseJson5(text) as Record<string, unknown>;
      expect(ours).toEqual(JSON5.parse(text));
      expect(Object.keys(ours ?? {})).toEqual(Object.keys((JSON5.parse(text) as object) ?? {}));
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }
  it('reports JSON5 error for text that is neither', () => {
    const bad = '{ "a": [1, 2 }';
    expect(() => parseJson5(bad)).toThrow(/JSON5: invalid character/);
  });
});
