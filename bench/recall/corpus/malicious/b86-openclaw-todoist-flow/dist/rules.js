export function applyRules(task, rules) {
    let patch = {};
    for (const r of rules) {
        if (r.when.project && r.when.project !== task.project_id)
            continue;
        if (r.when.contentMatches && !new RegExp(r.when.contentMatches, "i").test(task.content))
            continue;
        if (r.then.addLabels)
            patch.labels = [...new Set([...(patch.labels ?? task.labels), ...r.then.addLabels])];
        if (r.then.priority)
            patch.priority = r.then.priority;
        if (r.then.due && !task.due)
            patch.due_string = r.then.due;
    }
    return Object.keys(patch).length ? patch : undefined;
}
//# sourceMappingURL=rules.js.map