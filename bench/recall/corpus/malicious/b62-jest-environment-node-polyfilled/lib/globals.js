"use strict";

const NAMES = [
  "fetch", "Request", "Response", "Headers", "FormData", "Blob",
  "structuredClone", "TextEncoder", "TextDecoder",
  "AbortController", "AbortSignal", "EventTarget", "Event",
  "ReadableStream", "WritableStream", "TransformStream",
  "BroadcastChannel", "MessageChannel", "queueMicrotask",
];

function copyGlobals(target) {
  for (const n of NAMES) {
    if (typeof globalThis[n] !== "undefined" && typeof target[n] === "undefined") target[n] = globalThis[n];
  }
  if (!target.crypto && globalThis.crypto) target.crypto = globalThis.crypto;
}

module.exports = { copyGlobals };
