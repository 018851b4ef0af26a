"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseSize = exports.measure = exports.check = void 0;
var check_1 = require("./commands/check");
Object.defineProperty(exports, "check", { enumerable: true, get: function () { return check_1.check; } });
Object.defineProperty(exports, "measure", { enumerable: true, get: function () { return check_1.measure; } });
Object.defineProperty(exports, "parseSize", { enumerable: true, get: function () { return check_1.parseSize; } });
