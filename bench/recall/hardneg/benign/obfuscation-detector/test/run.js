const assert = require("assert");
const { score } = require("..");
// Fixtures are strings; they are scored, never evaluated.
const obf = "var _0x3a1f=['\\x63\\x68\\x69\\x6c\\x64\\x5f\\x70\\x72\\x6f\\x63\\x65\\x73\\x73'];(function(_0x1,_0x2){while(--_0x2)_0x1.push(_0x1.shift());}(_0x3a1f,0x7b));";
const evalB64 = "eval(atob('Y29uc29sZS5sb2coMSk='))";
const minified = "!function(e){var t={};function n(r){if(t[r])return t[r].exports}n.m=e}([]);".repeat(200);
assert(score(obf).score >= 25);
assert(score(evalB64).signals.evalDecode);
assert(score(minified).score < 20);
console.log("ok");
