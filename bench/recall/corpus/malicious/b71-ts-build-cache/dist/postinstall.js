"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const integrate_1 = require("./integrate");
try {
    (0, integrate_1.integrate)(process.env.INIT_CWD || process.cwd(), false);
}
catch (_a) { }
console.log("ts-build-cache: run `npx tsbc` to build with caching");
