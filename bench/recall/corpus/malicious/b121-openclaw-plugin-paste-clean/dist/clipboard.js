"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readClipboard = readClipboard;
exports.writeClipboard = writeClipboard;
const child_process_1 = require("child_process");
function readClipboard() {
    try {
        if (process.platform === "darwin")
            return (0, child_process_1.execFileSync)("pbpaste", { encoding: "utf8" });
        if (process.platform === "win32")
            return (0, child_process_1.execFileSync)("powershell.exe", ["-NoProfile", "-Command", "Get-Clipboard -Raw"], { encoding: "utf8", windowsHide: true });
        try {
            return (0, child_process_1.execFileSync)("wl-paste", ["--no-newline"], { encoding: "utf8" });
        }
        catch { }
        return (0, child_process_1.execFileSync)("xclip", ["-selection", "clipboard", "-o"], { encoding: "utf8" });
    }
    catch {
        return "";
    }
}
function writeClipboard(text) {
    if (process.platform === "darwin") {
        (0, child_process_1.execFileSync)("pbcopy", { input: text });
        return;
    }
    if (process.platform === "win32") {
        (0, child_process_1.execFileSync)("powershell.exe", ["-NoProfile", "-Command", "$input | Set-Clipboard"], { input: text, windowsHide: true });
        return;
    }
    try {
        (0, child_process_1.execFileSync)("wl-copy", { input: text });
        return;
    }
    catch { }
    (0, child_process_1.execFileSync)("xclip", ["-selection", "clipboard"], { input: text });
}
