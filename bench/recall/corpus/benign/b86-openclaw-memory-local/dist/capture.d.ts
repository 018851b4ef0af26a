export declare function explicitFacts(userText: string): string[];
export declare function lastUserText(messages: unknown[]): string | undefined;
