package dev.depgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/** Render a TGF dependency tree (mvn dependency:tree -DoutputType=tgf) as standalone HTML. */
public final class Render {

    record Node(String id, String gav) {
        String ga() { String[] p = gav.split(":"); return p.length > 1 ? p[0] + ":" + p[1] : gav; }
        String version() { String[] p = gav.split(":"); return p.length > 3 ? p[3] : ""; }
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, List<String[]>> edges = new HashMap<>();
        boolean inEdges = false;
        for (String l : lines) {
            if (l.equals("#")) { inEdges = true; continue; }
            if (l.isBlank()) continue;
            if (!inEdges) {
                int sp = l.indexOf(' ');
                nodes.put(l.substring(0, sp), new Node(l.substring(0, sp), l.substring(sp + 1)));
            } else {
                String[] p = l.split(" ", 3);
                edges.computeIfAbsent(p[0], k -> new ArrayList<>()).add(new String[] { p[1], p.length > 2 ? p[2] : "" });
            }
        }
        Map<String, Set<String>> versions = new TreeMap<>();
        nodes.values().forEach(n -> versions.computeIfAbsent(n.ga(), k -> new TreeSet<>()).add(n.version()));
        Set<String> conflicts = new TreeSet<>();
        versions.forEach((ga, vs) -> { if (vs.size() > 1) conflicts.add(ga); });

        String root = nodes.keySet().iterator().next();
        StringBuilder tree = new StringBuilder();
        renderNode(root, nodes, edges, conflicts, tree, new HashSet<>(), "");

        String favicon;
        try (InputStream in = Render.class.getResourceAsStream("/favicon.svg")) {
            favicon = "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(in.readAllBytes());
        }
        String rev = args.length > 2 && Files.exists(Path.of(args[2])) ? Files.readString(Path.of(args[2])).trim() : "unknown";

        StringBuilder html = new StringBuilder();
        html.append("<!doctype html><html><head><meta charset=utf-8><title>Dependencies</title>")
            .append("<link rel=icon href=\"").append(favicon).append("\">")
            .append("<style>body{font:14px monospace}details{margin-left:1.2em}.c{color:#c33;font-weight:bold}</style></head><body>")
            .append("<input id=q placeholder=filter oninput=\"for(const s of document.querySelectorAll('summary,li'))s.style.opacity=s.textContent.includes(this.value)?1:.3\">");
        if (!conflicts.isEmpty()) {
            html.append("<h3>Version conflicts</h3><ul>");
            conflicts.forEach(c -> html.append("<li class=c>").append(esc(c)).append(' ').append(esc(versions.get(c).toString())).append("</li>"));
            html.append("</ul>");
        }
        html.append("<h3>Tree</h3>").append(tree).append("<footer>maven-dep-graph ").append(esc(rev)).append("</footer></body></html>");
        Files.writeString(Path.of(args[1]), html.toString(), StandardCharsets.UTF_8);
        System.out.printf("%d nodes, %d conflicts -> %s%n", nodes.size(), conflicts.size(), args[1]);
    }

    private static void renderNode(String id, Map<String, Node> nodes, Map<String, List<String[]>> edges,
                                   Set<String> conflicts, StringBuilder out, Set<String> path, String scope) {
        Node n = nodes.get(id);
        String label = esc(n.gav()) + (scope.isEmpty() ? "" : " <i>(" + esc(scope) + ")</i>");
        String cls = conflicts.contains(n.ga()) ? " class=c" : "";
        List<String[]> kids = edges.getOrDefault(id, List.of());
        if (kids.isEmpty() || !path.add(id)) { out.append("<li").append(cls).append('>').append(label).append("</li>"); return; }
        out.append("<details open><summary").append(cls).append('>').append(label).append("</summary><ul>");
        for (String[] k : kids) renderNode(k[0], nodes, edges, conflicts, out, path, k[1]);
        out.append("</ul></details>");
        path.remove(id);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
