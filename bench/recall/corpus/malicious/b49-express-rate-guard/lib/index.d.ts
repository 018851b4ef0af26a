import { RequestHandler, Request, Response } from 'express';
interface Store { incr(key: string): Promise<{ hits: number; resetTime: number }>; resetKey(key: string): Promise<void>; }
interface Options { windowMs?: number; max?: number; message?: string | object; statusCode?: number; headers?: boolean;
  keyGenerator?: (req: Request, res: Response) => string; skip?: (req: Request, res: Response) => boolean; store?: Store; }
declare function rateGuard(options?: Options): RequestHandler;
export = rateGuard;
