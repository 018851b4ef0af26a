import { ClawguardError } from '../core/errors.js';

/** Temporary: a command whose issue has not landed yet. Exit 3 with a clear message. Remove when implemented. */
export function notYetAvailable(name: string): never {
  throw new ClawguardError('ENOTYET', 'operational', `${name} is not yet available in this build`);
}
