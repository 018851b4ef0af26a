/**
 * Interop notes shown to MCP clients so that models combine this server with
 * mail / calendar servers correctly.
 */
export declare const SCHEDULING_NOTES: string;
