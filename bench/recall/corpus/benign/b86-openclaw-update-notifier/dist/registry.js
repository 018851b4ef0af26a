export async function latestVersion(registry, name, includePre) {
    const url = `${registry.replace(/\/+$/, "")}/${name.startsWith("@") ? "@" + encodeURIComponent(name.slice(1)) : encodeURIComponent(name)}`;
    const res = await fetch(url, {
        headers: { accept: "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8" },
        signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok)
        return undefined;
    const doc = (await res.json());
    const tags = doc["dist-tags"] ?? {};
    if (includePre && tags.next)
        return tags.next;
    return tags.latest;
}
//# sourceMappingURL=registry.js.map