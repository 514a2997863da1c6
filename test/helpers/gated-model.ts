import { wrapEmbedder } from '../../src/embed/types.ts';
import { defaultEmbedderFactory, type EmbedderFactory } from '../../src/engine.ts';

/**
 * The model from the settings (the tiny test model), with a gate that can hold passage
 * embedding, and so an ingest, in the middle until the test releases it. Questions pass freely.
 */
export function gatedModel() {
  let gate: Promise<void> | undefined;
  let release: (() => void) | undefined;
  let held = 0;
  const factory: EmbedderFactory = async (config, logger) => {
    const inner = await defaultEmbedderFactory(config, logger);
    return wrapEmbedder(inner, {
      embedPassages: async (texts) => {
        if (gate !== undefined) {
          held++;
          await gate;
        }
        return inner.embedPassages(texts);
      },
    });
  };
  return {
    factory,
    /** Holds every ingest that reaches embedding from now on. */
    close: () => {
      gate ??= new Promise((resolve) => (release = resolve));
    },
    open: () => {
      release?.();
      gate = undefined;
    },
    /** How many embedding calls have waited at the gate so far. */
    held: () => held,
  };
}
