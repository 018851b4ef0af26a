export interface Filter { device?: 'desktop' | 'mobile'; browser?: string }
export declare function randomUserAgent(filter?: Filter): string;
export default randomUserAgent;
