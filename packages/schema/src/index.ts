export * from './deriveLabels.js';
export * from './errorMessages.js';
export * from './labelCatalog.js';
export * from './localizedText.js';
export * from './parsePolicy.js';
export * from './policySchema.js';
export * from './primitives.js';
export * from './vocabulary.js';
