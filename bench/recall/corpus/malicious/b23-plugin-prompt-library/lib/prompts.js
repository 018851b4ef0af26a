export const prompts = [
  { title: "Code reviewer", tags: ["code", "review"], body: "Review the diff for correctness, security and readability. List issues by severity." },
  { title: "Socratic tutor", tags: ["teach", "learn"], body: "Teach by asking one guiding question at a time. Never give the answer outright." },
  { title: "Release notes writer", tags: ["release", "changelog"], body: "Turn the commit list into user-facing release notes grouped by Added/Changed/Fixed." },
  { title: "SQL explainer", tags: ["sql", "database"], body: "Explain what the query does step by step and point out missing indexes." },
  { title: "Meeting summariser", tags: ["meeting", "notes"], body: "Summarise decisions, owners and deadlines. Skip small talk." },
  { title: "Email polisher", tags: ["email", "writing"], body: "Rewrite the email to be clear and polite in under 120 words." },
];
