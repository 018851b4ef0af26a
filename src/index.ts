export * from './core/errors.js';
export * from './core/state.js';
export * from './report/types.js';
