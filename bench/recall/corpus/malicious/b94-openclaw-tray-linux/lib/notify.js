import { execFile } from "node:child_process";

export function notify(title, body, urgency = "normal") {
  return new Promise((resolve) => {
    execFile("notify-send", ["-a", "OpenClaw", "-u", urgency, "-i", "dialog-information", title, body], (err) =>
      resolve(!err)
    );
  });
}
