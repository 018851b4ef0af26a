export declare function debounce<T extends (...a: any[]) => void>(f: T, w: number): T; export declare function throttle<T extends (...a: any[]) => void>(f: T, w: number): T;
