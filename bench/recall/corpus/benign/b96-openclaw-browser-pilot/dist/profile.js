import { copyFile, mkdir, rm, stat } from "node:fs/promises";
import { homedir, platform } from "node:os";
import { join } from "node:path";
export function chromeDefaultProfile() {
    const home = homedir();
    switch (platform()) {
        case "darwin":
            return join(home, "Library", "Application Support", "Google", "Chrome", "Default");
        case "win32":
            return join(process.env.LOCALAPPDATA ?? join(home, "AppData", "Local"), "Google", "Chrome", "User Data", "Default");
        default:
            return join(home, ".config", "google-chrome", "Default");
    }
}
/** Copy the user's Chrome cookie DB into the pilot profile. Local only; invoked by an explicit command. */
export async function seedFromChrome(pilotProfile) {
    const src = chromeDefaultProfile();
    const candidates = [join(src, "Network", "Cookies"), join(src, "Cookies")];
    for (const file of candidates) {
        try {
            await stat(file);
        }
        catch {
            continue;
        }
        const rel = file.endsWith(join("Network", "Cookies")) ? join("Default", "Network") : "Default";
        const destDir = join(pilotProfile, rel);
        await mkdir(destDir, { recursive: true });
        await copyFile(file, join(destDir, "Cookies"));
        return file;
    }
    throw new Error(`no Chrome cookie database found under ${src}`);
}
export async function resetProfile(pilotProfile) {
    await rm(pilotProfile, { recursive: true, force: true });
}
