/**
 * The embedding thread's entry (started by ./model-thread.ts): makes models' sessions, embeds the token ids
 * it is sent (each model one call at a time, in the order sent), releases a model when told to.
 */
import { parentPort } from 'node:worker_threads';
import { createOnnxEncoder, type EncoderSpec, type SequenceEncoder } from './encoder.ts';
import { toThreadError, type FromModelThread, type ToModelThread } from './model-thread.ts';

const port = parentPort;
if (port === null) throw new Error('model-worker runs as a worker thread (see model-thread.ts)');

const models = new Map<number, Promise<SequenceEncoder>>();
/** Loads whose spec is still to come: how to give it, or to give the model up. */
const awaitingSpec = new Map<number, { give: (spec: EncoderSpec) => void; giveUp: (reason: Error) => void }>();
const send = (message: FromModelThread, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const fail = (id: number) => (error: unknown) => send({ kind: 'failed', id, error: toThreadError(error) });

port.on('message', (message: ToModelThread) => {
  if (message.kind === 'spec') {
    awaitingSpec.get(message.model)?.give(message.spec);
    awaitingSpec.delete(message.model);
    return;
  }
  const { id, model } = message;
  switch (message.kind) {
    case 'load': {
      const spec =
        message.spec ??
        new Promise<EncoderSpec>((give, giveUp) => {
          awaitingSpec.set(model, { give, giveUp });
        });
      const encoder = createOnnxEncoder(message.source, spec, message.threads);
      encoder.catch(() => models.delete(model)); // the load's failure is answered below
      models.set(model, encoder);
      encoder.then(() => send({ kind: 'loaded', id }), fail(id));
      break;
    }
    case 'embed': {
      const encoder = models.get(model) ?? Promise.reject(new Error('no such model is loaded'));
      // The encoder queues calls, so vectors go back in the order their token ids came.
      encoder.then((e) => e.embed(message.inputs, message.purpose)).then((vectors) => send({ kind: 'vectors', id, vectors }, vectors.map((v) => v.buffer as ArrayBuffer)), fail(id));
      break;
    }
    case 'release': {
      awaitingSpec.get(model)?.giveUp(new Error('the model was released before its spec came'));
      awaitingSpec.delete(model);
      const encoder = models.get(model);
      models.delete(model);
      (encoder ?? Promise.resolve(undefined)).then((e) => e?.dispose()).then(() => send({ kind: 'released', id }), fail(id));
      break;
    }
  }
});
