import cjs from './index.cjs';
export const parse = cjs.parse;
export const expand = cjs.expand;
export const config = cjs.config;
export default cjs;
