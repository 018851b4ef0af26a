/**
 * The launcher's bundles each hold a copy of src/core/errors.ts (a fast command's bundle, the engine's bundle): an
 * error thrown by one copy must be a ClawguardError to another, or an engine's input error would end as an
 * internal error with the wrong exit code.
 */
import { describe, expect, it } from 'vitest';
import { ClawguardError, exitCodeFor, inputError } from '../../src/core/errors.js';

describe('ClawguardError', () => {
  it('an error made by another copy of the module is one, with its exit class', () => {
    // What another copy's constructor leaves on an error: its code, exit class and the shared brand.
    const fromOtherCopy = Object.assign(new Error('bad spec'), { name: 'ClawguardError', code: 'ESPEC', exitClass: 'input', [Symbol.for('clawguard.error')]: true });
    expect(fromOtherCopy instanceof ClawguardError).toBe(true);
    expect(exitCodeFor(fromOtherCopy)).toBe(2);
  });

  it('an error of this copy is one; a plain error with the same fields is not', () => {
    expect(inputError('ESPEC', 'bad spec') instanceof ClawguardError).toBe(true);
    const lookalike = Object.assign(new Error('bad spec'), { code: 'ESPEC', exitClass: 'input' });
    expect(lookalike instanceof ClawguardError).toBe(false);
    expect(exitCodeFor(lookalike)).not.toBe(2);
  });
});
