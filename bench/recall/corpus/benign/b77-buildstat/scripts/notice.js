// Prints a single notice after install. No network, no files written.
if (!process.env.CI && !process.env.BUILDSTAT_SILENT) {
  console.log("buildstat: anonymous usage telemetry is OFF by default. See TELEMETRY.md to opt in or preview the payload.");
}
