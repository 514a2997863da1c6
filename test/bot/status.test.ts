import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine.ts';
import { createTestEngine } from './engine-factory.ts';
import { groupChat, ObservedEngine, privateChat, pushText, sentTexts, startHarness, user, type Harness } from './harness.ts';

describe('/status when the model could not be loaded', () => {
  let engine: Engine;
  let harness: Harness;
  beforeAll(async () => {
    engine = await createTestEngine(undefined, { EMBEDDING_MODEL: 'missing/model' });
    harness = await startHarness(engine, { adminUserIds: [601] });
  });
  afterAll(async () => {
    await harness?.stop();
    await engine?.close();
  });

  it('says retrieval is keywords only, with the reason only to an admin in a private chat', async () => {
    expect(engine.status().modelError).toMatch(/missing\/model/);
    pushText(harness.fake, privateChat(601), user(601), '/status');
    pushText(harness.fake, groupChat(-602), user(602), '/status');
    pushText(harness.fake, privateChat(603), user(603), '/status');
    await harness.fake.waitFor(() => [601, -602, 603].every((chat) => sentTexts(harness.fake, chat).length > 0));
    const [adminPrivate] = sentTexts(harness.fake, 601);
    const [inGroup] = sentTexts(harness.fake, -602);
    const [otherPrivate] = sentTexts(harness.fake, 603);
    expect(adminPrivate!.text).toMatch(/keywords only — the model could not be loaded: .*missing\/model/);
    for (const reply of [inGroup!, otherPrivate!]) {
      expect(reply.text).toMatch(/keywords only — the model could not be loaded/);
      expect(reply.text).not.toContain('missing/model/');
      expect(reply.text).not.toContain(path.sep + 'tmp');
    }
  });
});

describe('/status when EMBEDDING_MODEL=none', () => {
  it('says keywords only were chosen, without a model error', async () => {
    const lexical = await createTestEngine(undefined, { EMBEDDING_MODEL: 'none' });
    const harness = await startHarness(lexical);
    try {
      expect(lexical.status()).toMatchObject({ mode: 'lexical', modelId: 'none' });
      expect(lexical.status().modelError).toBeUndefined();
      pushText(harness.fake, privateChat(604), user(604), '/status');
      await harness.fake.waitFor(() => sentTexts(harness.fake, 604).length > 0);
      expect(sentTexts(harness.fake, 604)[0]!.text).toMatch(/keywords only \(chosen in the settings\)/);
    } finally {
      await harness.stop();
      await lexical.close();
    }
  });
});

describe('/status when the index could not be updated', () => {
  it('says so to everyone, and why (naming server paths) only to an admin in a private chat', async () => {
    const inner = await createTestEngine();
    const reason = 'DISK_FULL: The disk of DATA_DIR /srv/bot/data is full (ENOSPC writing lexical.bin).';
    const engine = new ObservedEngine(inner);
    engine.status = () => ({ ...inner.status(), indexStale: reason });
    const harness = await startHarness(engine, { adminUserIds: [611] });
    try {
      pushText(harness.fake, privateChat(611), user(611), '/status');
      pushText(harness.fake, privateChat(612), user(612), '/status');
      pushText(harness.fake, groupChat(-613), user(611), '/status');
      await harness.fake.waitFor(() => [611, 612, -613].every((chat) => sentTexts(harness.fake, chat).length > 0));
      const [admin] = sentTexts(harness.fake, 611);
      expect(admin!.text).toMatch(/could not be updated; answers come from this last good index\. DISK_FULL: .*\/srv\/bot\/data/);
      for (const chat of [612, -613]) {
        const [reply] = sentTexts(harness.fake, chat);
        expect(reply!.text).toMatch(/could not be updated; answers come from this last good index\.$/m);
        expect(reply!.text).not.toContain('/srv/bot');
      }
    } finally {
      await harness.stop();
      await inner.close();
    }
  });
});
