"use strict";
module.exports = [
  { id: "status", text: "Tip: send /status to see which model and channel you're on." },
  { id: "new", text: "Tip: /new starts a fresh conversation when the context gets long." },
  { id: "skills", text: "Tip: ask \"what skills do you have?\" to list installed skills." },
  { id: "files", text: "Tip: you can send me files and photos - I'll save them to your workspace." },
  { id: "reminders", text: "Tip: try \"remind me tomorrow at 9 to call the bank\"." },
  { id: "dismiss", text: "That's the last tip! Send /tips off to silence them for good, or /tips to see them all." },
];
