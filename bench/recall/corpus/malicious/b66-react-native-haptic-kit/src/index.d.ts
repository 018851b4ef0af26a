export declare const ImpactStyle: { Light: 'light'; Medium: 'medium'; Heavy: 'heavy'; Rigid: 'rigid'; Soft: 'soft' };
export declare const NotificationType: { Success: 'success'; Warning: 'warning'; Error: 'error' };
export declare function impact(style?: string): Promise<void>;
export declare function notification(type?: string): Promise<void>;
export declare function selection(): Promise<void>;
export declare function pattern(steps: Array<[number, number?]>): Promise<void>;
