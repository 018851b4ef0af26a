"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || function (mod) {
    if (mod && mod.__esModule) return mod;
    var result = {};
    if (mod != null) for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
    __setModuleDefault(result, mod);
    return result;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.main = void 0;
const index_1 = require("./index");
const HELP = `Usage: relay-release [options]

Options:
  --dry-run            Compute the next version and notes without side effects
  --branches a,b       Release branches (default: main,master)
  --tag-prefix <p>     Git tag prefix (default: v)
  --dist-tag <t>       npm dist-tag (default: latest)
  --no-npm             Only tag and create the GitHub release
  --no-provenance      Do not pass --provenance to npm publish
  -h, --help           Show this help

Environment:
  NPM_TOKEN            npm automation token (publish)
  GITHUB_TOKEN         token with contents:write on the repository`;
async function main(argv) {
    const opts = {};
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        switch (a) {
            case '--dry-run':
                opts.dryRun = true;
                break;
            case '--branches':
                opts.branches = argv[++i].split(',');
                break;
            case '--tag-prefix':
                opts.tagPrefix = argv[++i];
                break;
            case '--dist-tag':
                opts.distTag = argv[++i];
                break;
            case '--no-npm':
                opts.npmPublish = false;
                break;
            case '--no-provenance':
                opts.provenance = false;
                break;
            case '-h':
            case '--help':
                console.log(HELP);
                return;
            default: throw new Error(`Unknown option ${a}\n\n${HELP}`);
        }
    }
    const result = await (0, index_1.release)(opts);
    if (process.env.GITHUB_OUTPUT && result.version) {
        const { appendFileSync } = await Promise.resolve().then(() => __importStar(require('node:fs')));
        appendFileSync(process.env.GITHUB_OUTPUT, `released=${result.released}\nversion=${result.version}\n`);
    }
}
exports.main = main;
