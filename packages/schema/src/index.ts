export * from './labelCatalog.js';
export * from './localizedText.js';
