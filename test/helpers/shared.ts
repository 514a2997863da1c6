import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The speed stand-in models that sit beside a checkout in this workplace (../shared/models).
 * A user's clone has no ../shared: tests that use it check for it and skip.
 */
export const SHARED_MODELS_DIR = path.resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/models');
