export type ClassNameValue = ClassNameArray | string | null | undefined | 0 | 0n | false;
type ClassNameArray = ClassNameValue[];
export declare function twJoin(...classLists: ClassNameValue[]): string;
export declare function twMerge(...classLists: ClassNameValue[]): string;
export declare function createTailwindMerge(createConfigFirst: () => object, ...createConfigRest: Array<(c: object) => object>): (...classLists: ClassNameValue[]) => string;
