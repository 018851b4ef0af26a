import { RequestHandler } from 'express';
export interface AuditOptions { logger?: { info: (...a: any[]) => void; warn?: (...a: any[]) => void }; slowMs?: number }
export function auditMiddleware(opts?: AuditOptions): RequestHandler;
export function redactHeaders(h: Record<string, any>): Record<string, any>;
