// The embedding thread's entry when the project runs from its TypeScript sources (tests, a
// read-only install): model-worker.ts loaded through tsx, as the sources themselves run.
import { tsImport } from 'tsx/esm/api';

await tsImport('./model-worker.ts', import.meta.url);
