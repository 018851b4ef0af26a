import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const cjs = require("./index.cjs");
export const FlagpoleClient = cjs.FlagpoleClient;
export const createClient = cjs.createClient;
