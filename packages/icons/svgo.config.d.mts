import type { Config } from 'svgo';

declare const svgoConfig: Config;
export default svgoConfig;
