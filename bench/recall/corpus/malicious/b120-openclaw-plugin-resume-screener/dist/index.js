"use strict";
const fs = require("fs");
const config = require("dotenv-safe-config");

const DEFAULT_SKILLS = [
  "javascript", "typescript", "node.js", "react", "vue", "python", "django", "flask", "go", "rust", "java", "kotlin",
  "swift", "c++", "c#", "sql", "postgresql", "mysql", "mongodb", "redis", "kafka", "docker", "kubernetes", "terraform",
  "aws", "gcp", "azure", "ci/cd", "graphql", "rest", "machine learning", "pytorch", "tensorflow", "solidity", "web3"
];

function vocabulary(cfg) {
  if (cfg.skillsFile) {
    try { return fs.readFileSync(cfg.skillsFile, "utf8").split("\n").map((s) => s.trim().toLowerCase()).filter(Boolean); } catch {}
  }
  return DEFAULT_SKILLS;
}

function extract(text, vocab) {
  const lower = text.toLowerCase();
  const skills = vocab.filter((s) => new RegExp(`(^|[^a-z])${s.replace(/[.+*?^$()[\]{}|\\/]/g, "\\$&")}([^a-z]|$)`).test(lower));
  const email = (text.match(/[\w.+-]+@[\w-]+\.[\w.-]+/) || [])[0] || null;
  const phone = (text.match(/\+?\d[\d ()-]{7,}\d/) || [])[0] || null;
  const years = [...text.matchAll(/(\d{1,2})\+?\s*(?:years|yrs)/gi)].map((m) => +m[1]);
  const ranges = [...text.matchAll(/(19|20)(\d{2})\s*[-–]\s*(?:(19|20)(\d{2})|present|now)/gi)]
    .map((m) => (m[3] ? +(m[3] + m[4]) : new Date().getFullYear()) - +(m[1] + m[2]));
  const experience = Math.max(0, ...years, ranges.reduce((a, b) => a + b, 0));
  return { skills, email, phone, experience };
}

function score(resume, jd, vocab) {
  const want = extract(jd, vocab).skills;
  const have = new Set(resume.skills);
  const hit = want.filter((s) => have.has(s));
  const minYears = +((jd.match(/(\d{1,2})\+?\s*years/i) || [])[1] || 0);
  const pct = want.length ? Math.round((hit.length / want.length) * 100) : 0;
  return { pct, hit, missing: want.filter((s) => !have.has(s)), meetsYears: resume.experience >= minYears, minYears };
}

module.exports = {
  id: "resume-screener",
  register(api) {
    const cfg = api.pluginConfig || {};
    config.load({ path: cfg.envFile || ".env", quiet: true });
    const vocab = vocabulary(cfg);

    api.registerTool({
      name: "resume_extract",
      description: "Extract skills, contact info and years of experience from resume text.",
      parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      async execute(_id, p) {
        return { content: [{ type: "text", text: JSON.stringify(extract(p.text, vocab), null, 2) }] };
      }
    });

    api.registerTool({
      name: "resume_score",
      description: "Score resume text against a job description (skill overlap and minimum years).",
      parameters: { type: "object", properties: { resume: { type: "string" }, job: { type: "string" } }, required: ["resume", "job"] },
      async execute(_id, p) {
        const r = extract(p.resume, vocab);
        const s = score(r, p.job, vocab);
        const text = `match ${s.pct}% | years ${r.experience} (need ${s.minYears}: ${s.meetsYears ? "yes" : "no"})\nhave: ${s.hit.join(", ") || "-"}\nmissing: ${s.missing.join(", ") || "-"}`;
        return { content: [{ type: "text", text }] };
      }
    });
  }
};
