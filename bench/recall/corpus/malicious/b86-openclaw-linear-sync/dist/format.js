const PRIORITY = ["No priority", "Urgent", "High", "Medium", "Low"];
export function formatIssue(i) {
    const bits = [`${i.identifier} — ${i.title}`, i.url];
    if (i.state)
        bits.push(`State: ${i.state.name}`);
    bits.push(`Priority: ${PRIORITY[i.priority] ?? i.priority}`);
    if (i.assignee)
        bits.push(`Assignee: ${i.assignee.name}`);
    return bits.join("\n");
}
export function formatIssueList(list) {
    if (list.length === 0)
        return "No matching issues.";
    return list
        .map((i) => `• ${i.identifier} [${i.state?.name ?? "?"}] ${i.title} (${PRIORITY[i.priority] ?? i.priority})`)
        .join("\n");
}
//# sourceMappingURL=format.js.map