import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { createTestEngine } from './engine-factory.ts';
import { groupChat, privateChat, pushText, sentTexts, startHarness, user, type Harness } from './harness.ts';

describe('/status when the model could not be loaded', () => {
  let engine: Engine;
  let harness: Harness;
  beforeAll(async () => {
    engine = await createTestEngine(undefined, { EMBEDDING_MODEL: 'missing/model' });
    harness = await startHarness(engine);
  });
  afterAll(async () => {
    await harness?.stop();
    await engine?.close();
  });

  it('says retrieval is keywords only, with the reason in private chats only', async () => {
    expect(engine.status().modelError).toMatch(/missing\/model/);
    pushText(harness.fake, privateChat(601), user(601), '/status');
    pushText(harness.fake, groupChat(-602), user(602), '/status');
    await harness.fake.waitFor(() => sentTexts(harness.fake, 601).length > 0 && sentTexts(harness.fake, -602).length > 0);
    const [inPrivate] = sentTexts(harness.fake, 601);
    const [inGroup] = sentTexts(harness.fake, -602);
    expect(inPrivate!.text).toMatch(/keywords only — the model could not be loaded: .*missing\/model/);
    expect(inGroup!.text).toMatch(/keywords only — the model could not be loaded/);
    expect(inGroup!.text).not.toContain('missing/model/');
  });
});
