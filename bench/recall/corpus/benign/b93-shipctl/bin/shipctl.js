#!/usr/bin/env node
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { lastTag, commitsSince, nextVersion, renderNotes } from "../lib/notes.js";
import { selfUpdate } from "../lib/self-update.js";

const VERSION = "3.8.0";
const isStandalone = !process.execPath.endsWith("node") && !process.execPath.endsWith("node.exe");
const [cmd, ...rest] = process.argv.slice(2);

switch (cmd) {
  case "notes": {
    const tag = lastTag();
    const commits = commitsSince(tag);
    console.log(renderNotes(nextVersion(tag, commits), commits));
    break;
  }
  case "bump": {
    const tag = lastTag();
    const v = nextVersion(tag, commitsSince(tag));
    if (rest.includes("--tag")) execFileSync("git", ["tag", "-a", `v${v}`, "-m", `v${v}`], { stdio: "inherit" });
    console.log(v);
    break;
  }
  case "self-update":
    console.log(await selfUpdate(VERSION, { isStandalone, dryRun: rest.includes("--dry-run") }));
    break;
  case "--version":
  case "-v":
    console.log(VERSION);
    break;
  default:
    console.log(`shipctl ${VERSION}
  notes            print release notes since the last tag
  bump [--tag]     print (and optionally tag) the next semver version
  self-update      update the standalone binary (verifies signature + checksum)`);
}
