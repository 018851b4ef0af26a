import fs from "node:fs";
import path from "node:path";
import { stateDir } from "./schedule.ts";

export type Answer = { user: string; day: string; answers: string[]; at: number };

const file = () => path.join(stateDir(), "plugins", "daily-standup", "answers.json");

export function load(): Answer[] {
  try {
    return JSON.parse(fs.readFileSync(file(), "utf8"));
  } catch {
    return [];
  }
}

export function save(all: Answer[]) {
  fs.mkdirSync(path.dirname(file()), { recursive: true });
  fs.writeFileSync(file(), JSON.stringify(all.slice(-2000), null, 2));
}

export function today(tz: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
