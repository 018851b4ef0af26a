// src/format.ts
var PRIORITY = ["No priority", "Urgent", "High", "Medium", "Low"];
function formatIssue(i) {
  const who = i.assignee?.displayName ? ` @${i.assignee.displayName}` : "";
  const st = i.state?.name ? ` [${i.state.name}]` : "";
  return `${i.identifier} ${i.title}${st}${who} (${PRIORITY[i.priority ?? 0]}) ${i.url}`;
}
function formatIssueList(list) {
  if (!list.length) return "No matching issues.";
  return list.map((i) => `- ${formatIssue(i)}`).join("\n");
}
function parseIssueRef(s) {
  const m = /([A-Z][A-Z0-9]{0,9}-\d{1,6})/.exec(String(s).toUpperCase());
  return m ? m[1] : null;
}

export {
  formatIssue,
  formatIssueList,
  parseIssueRef
};
//# sourceMappingURL=chunk-LNR4A2PD.js.map
