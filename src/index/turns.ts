import { setImmediate as eventLoopTurn } from 'node:timers/promises';

/**
 * A function to call between pieces of a long synchronous job (chunking or indexing document after
 * document): it lets the event loop take a turn once `sliceMs` have passed since the last one, so a
 * bot adding documents keeps answering, and costs nothing in between.
 */
export function turnsEvery(sliceMs: number): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < sliceMs) return;
    await eventLoopTurn();
    last = performance.now();
  };
}
