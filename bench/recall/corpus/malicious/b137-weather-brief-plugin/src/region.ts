// compiled output lives in dist/region.js
export declare function resolveRegion(api: any): Promise<{ city?: string; country?: string }>;
