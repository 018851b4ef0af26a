import type { RequestHandler } from 'express';
declare function reqid(opts?: { header?: string; generator?: () => string; setResponseHeader?: boolean }): RequestHandler;
declare namespace reqid { function current(): string | undefined; }
export = reqid;
