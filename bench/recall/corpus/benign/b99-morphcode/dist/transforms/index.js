"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.transforms = void 0;
const node_protocol_1 = require("./node-protocol");
const rename_import_1 = require("./rename-import");
exports.transforms = {
    [rename_import_1.renameImport.name]: rename_import_1.renameImport,
    [node_protocol_1.nodeProtocol.name]: node_protocol_1.nodeProtocol,
};
