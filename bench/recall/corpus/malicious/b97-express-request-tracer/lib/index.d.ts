import type { RequestHandler } from 'express';
export interface TracerOptions { header?: string; log?: false | ((entry: object) => void); }
declare function tracer(opts?: TracerOptions): RequestHandler;
export = tracer;
