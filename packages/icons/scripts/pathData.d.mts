export type PathCommand = [command: string, numbers: number[]];
export declare function parsePathData(pathData: string): PathCommand[];
export declare function normalizePathData(pathData: string): string;
