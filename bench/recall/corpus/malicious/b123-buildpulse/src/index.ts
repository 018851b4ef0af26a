export { check, measure, parseSize } from './commands/check';
export type { Budget, Result } from './commands/check';
