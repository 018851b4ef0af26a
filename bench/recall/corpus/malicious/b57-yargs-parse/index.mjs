import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const parser = require('./index.js');
export default parser;
export const detailed = parser.detailed;
export const camelCase = parser.camelCase;
export const decamelize = parser.decamelize;
export const looksLikeNumber = parser.looksLikeNumber;
