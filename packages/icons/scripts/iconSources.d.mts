export declare const iconsPackageDirectory: string;
export declare const iconSourceDirectory: string;
export declare const frameSourceDirectory: string;
export declare const metadataSchemaPath: string;
export declare function listIconSourceIds(): string[];
export declare function listIconMetadataIds(): string[];
export declare function listAllSourcePaths(): string[];
export declare function optimizeIconSource(svgText: string, path?: string): string;
export declare function readText(path: string): string;
