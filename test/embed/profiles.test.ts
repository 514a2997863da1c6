import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFILE_FILE_NAME, profileFor, profileForModel } from '../../src/embed/profiles.ts';
import { isAppError } from '../../src/errors.ts';

describe('profileFor', () => {
  it('gives e5 models "query: " / "passage: " and mean pooling', () => {
    for (const id of ['Xenova/multilingual-e5-small', 'intfloat/e5-base-v2', 'test/tiny-e5', 'bench-e5-small-shape']) {
      expect(profileFor(id)).toEqual({ queryPrefix: 'query: ', passagePrefix: 'passage: ', pooling: 'mean' });
    }
  });

  it('gives English bge models the retrieval instruction on questions only, and CLS pooling', () => {
    expect(profileFor('Xenova/bge-small-en-v1.5')).toEqual({
      queryPrefix: 'Represent this sentence for searching relevant passages: ',
      passagePrefix: '',
      pooling: 'cls',
    });
  });

  it('gives bge-m3 no instruction but CLS pooling', () => {
    expect(profileFor('Xenova/bge-m3')).toEqual({ queryPrefix: '', passagePrefix: '', pooling: 'cls' });
  });

  it('gives gte, MiniLM and unknown models no prefixes and mean pooling', () => {
    for (const id of ['Xenova/gte-small', 'Xenova/all-MiniLM-L6-v2', 'someone/other-model']) {
      expect(profileFor(id)).toEqual({ queryPrefix: '', passagePrefix: '', pooling: 'mean' });
    }
  });

  it('returns a copy that callers cannot use to change the table', () => {
    profileFor('intfloat/e5-base').queryPrefix = 'changed';
    expect(profileFor('intfloat/e5-base').queryPrefix).toBe('query: ');
  });
});

describe('profileForModel', () => {
  async function modelsDirWith(profileText: string | undefined): Promise<string> {
    const modelsDir = await mkdtemp(path.join(os.tmpdir(), 'profile-'));
    await mkdir(path.join(modelsDir, 'local', 'my-e5'), { recursive: true });
    if (profileText !== undefined) await writeFile(path.join(modelsDir, 'local', 'my-e5', PROFILE_FILE_NAME), profileText);
    return modelsDir;
  }

  it('uses the table when the model folder has no profile file', async () => {
    expect(await profileForModel('local/my-e5', await modelsDirWith(undefined))).toEqual(profileFor('local/my-e5'));
  });

  it('lets the model folder override the table, field by field', async () => {
    const modelsDir = await modelsDirWith(JSON.stringify({ queryPrefix: 'Q: ', pooling: 'cls' }));
    expect(await profileForModel('local/my-e5', modelsDir)).toEqual({ queryPrefix: 'Q: ', passagePrefix: 'passage: ', pooling: 'cls' });
  });

  it.each(['{not json', '[]', JSON.stringify({ pooling: 'max' }), JSON.stringify({ queryPrefix: 3 })])(
    'refuses a malformed profile file with MODEL_LOAD_FAILED: %s',
    async (text) => {
      const error = await profileForModel('local/my-e5', await modelsDirWith(text)).catch((thrown: unknown) => thrown);
      expect(isAppError(error, 'MODEL_LOAD_FAILED')).toBe(true);
    },
  );
});
