// The library's file lookup, which its package index does not export; its own declaration file describes it.
declare module '@xenova/transformers/src/utils/hub.js' {
  export { getModelFile } from '@xenova/transformers/types/utils/hub.js';
}
