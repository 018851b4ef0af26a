export interface ConnectionOptions {
  host: string | null; password?: string; user?: string; port?: number | string | null; database: string | null | undefined;
  client_encoding?: string; ssl?: boolean | string | Record<string, unknown>; application_name?: string; options?: string;
}
declare function parse(str: string, options?: { useLibpqCompat?: boolean }): ConnectionOptions;
export default parse;
export { parse };
