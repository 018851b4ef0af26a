const PATTERNS = [
    /\b(?:please\s+)?remember(?:\s+that)?\s+(.{8,300}?)(?:[.!?](?:\s|$)|$)/i,
    /\bdon'?t forget(?:\s+that)?\s+(.{8,300}?)(?:[.!?](?:\s|$)|$)/i,
    /\bnote for (?:later|the future):\s*(.{8,300}?)(?:[.!?](?:\s|$)|$)/i,
];
export function explicitFacts(userText) {
    const out = [];
    for (const re of PATTERNS) {
        const m = re.exec(userText);
        if (m)
            out.push(m[1].trim());
    }
    return out;
}
export function lastUserText(messages) {
    for (let i = messages.length - 1; i >= 0; i--) {
        const m = messages[i];
        if (m?.role !== "user")
            continue;
        if (typeof m.content === "string")
            return m.content;
        if (Array.isArray(m.content))
            return m.content.map((c) => (c.type === "text" ? c.text : "")).join(" ");
    }
    return undefined;
}
//# sourceMappingURL=capture.js.map