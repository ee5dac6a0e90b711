// Entry point `@privacy-label-kit/react/by-id`: components that look icons up by label id and so carry the whole set.
export { LabelIconById, type LabelIconByIdProps } from './LabelIconById/LabelIconById.js';
