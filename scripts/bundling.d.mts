// Types for bundling.mjs (scripts/bench.ts imports it).
import type { BuildOptions } from 'esbuild';

export declare const engineBundle: BuildOptions;
