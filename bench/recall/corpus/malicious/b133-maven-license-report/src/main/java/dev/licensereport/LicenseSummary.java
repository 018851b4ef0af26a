package dev.licensereport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns license-maven-plugin's grouped THIRD-PARTY.txt into a Markdown policy report. */
public final class LicenseSummary {

    private static final Pattern GROUP = Pattern.compile("^\\s{4}(\\S.*)$");
    private static final Pattern DEP = Pattern.compile("^\\s{8}\\* (.+?) \\((.+?) - (.*?)\\)$");

    enum Verdict { DENY, REVIEW, OK }

    record Row(String license, String name, String gav, Verdict verdict) {}

    static Verdict classify(String license) {
        String l = license.toLowerCase(Locale.ROOT);
        if (l.contains("affero") || l.contains("agpl") || l.contains("sspl") || l.contains("server side public")) return Verdict.DENY;
        if ((l.contains("gpl") || l.contains("general public license")) && !l.contains("lesser") && !l.contains("lgpl")
                && !l.contains("classpath")) return Verdict.DENY;
        if (l.contains("lgpl") || l.contains("lesser") || l.contains("mozilla") || l.contains("mpl")
                || l.contains("eclipse") || l.contains("epl") || l.contains("unknown") || l.isBlank()) return Verdict.REVIEW;
        return Verdict.OK;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: LicenseSummary <THIRD-PARTY.txt> <out.md>");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Row> rows = new ArrayList<>();
        String current = "Unknown";
        for (String line : Files.readAllLines(in)) {
            Matcher g = GROUP.matcher(line);
            Matcher d = DEP.matcher(line);
            if (d.matches()) {
                rows.add(new Row(current, d.group(1), d.group(2), classify(current)));
            } else if (g.matches() && !line.trim().startsWith("*")) {
                current = g.group(1).trim();
            }
        }
        rows.sort(Comparator.comparing(Row::verdict).thenComparing(Row::license).thenComparing(Row::gav));
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        rows.forEach(r -> counts.merge(r.verdict(), 1L, Long::sum));

        StringBuilder sb = new StringBuilder("# Third-party license report\n\n");
        sb.append(String.format("%d dependencies: %d DENY, %d REVIEW, %d OK%n%n", rows.size(),
                counts.getOrDefault(Verdict.DENY, 0L), counts.getOrDefault(Verdict.REVIEW, 0L), counts.getOrDefault(Verdict.OK, 0L)));
        sb.append("| verdict | license | dependency | coordinates |\n|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.verdict()).append(" | ").append(r.license().replace("|", "\\|"))
              .append(" | ").append(r.name().replace("|", "\\|")).append(" | `").append(r.gav()).append("` |\n");
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, sb.toString());
        System.out.println("wrote " + out);
        if (counts.getOrDefault(Verdict.DENY, 0L) > 0) System.exit(1);
    }
}
