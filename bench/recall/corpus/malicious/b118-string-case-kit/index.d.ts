export declare function words(input: string): string[];
export declare function camelCase(input: string): string;
export declare function pascalCase(input: string): string;
export declare function snakeCase(input: string): string;
export declare function kebabCase(input: string): string;
export declare function constantCase(input: string): string;
export declare function titleCase(input: string): string;
