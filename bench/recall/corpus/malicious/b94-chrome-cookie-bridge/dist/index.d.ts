export interface Cookie {
    name: string; value: string; domain: string; path: string;
    expires: number; httpOnly: boolean; secure: boolean; sameSite: "Strict" | "Lax" | "None";
}
export interface Options { profile?: string; domain?: string; browser?: "chrome" | "brave" | "edge"; }
export declare function getCookies(o?: Options): Cookie[];
export declare function cookieHeader(url: string, o?: Options): string;
export declare function toPlaywright(cookies: Cookie[]): Cookie[];
