// The engine's public surface, shared by the language server, the CLI and the tests.
export { analyze, levelOf, INTERNAL_ERROR_ID, type AnalyzeOptions, type AnalysisResult, type SuppressedFinding } from './analyze';
export { DEFAULT_CONFIG, mergeConfig, type Config, type ConfigResult } from './config';
export { RULES, RULES_BY_ID } from '../rules';
export { UNUSED_SUPPRESSION_ID } from './unusedSuppressions';
export { CONFIGURABLE_IDS } from './configurableIds';
export * from './types';
