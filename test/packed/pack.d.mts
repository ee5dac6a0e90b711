export declare const repositoryRoot: string;
export declare function packWorkspaces(
  destination: string,
): Array<{ name: string; version: string; file: string }>;
