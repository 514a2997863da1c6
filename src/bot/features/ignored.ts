import { Composer } from 'grammy';
import type { BotContext } from '../i18n.ts';

/**
 * What is left after every other feature, on purpose:
 * - private non-text messages (stickers, photos, voice…) get a hint to type the question (files
 *   are documents to add, answered by the admin feature);
 * - group chatter, commands for other bots, service messages, edited messages (answering an
 *   edit would answer the same question twice), channel posts and updates without a sender
 *   are ignored. The bot does not subscribe to edits or channel posts (see ALLOWED_UPDATES),
 *   but ignores them safely should they arrive.
 */
export function ignoredFeature(): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature
    .chatType('private')
    .on(
      [
        'message:sticker',
        'message:photo',
        'message:voice',
        'message:video',
        'message:video_note',
        'message:audio',
        'message:animation',
        'message:location',
        'message:contact',
        'message:poll',
      ],
      async (ctx) => {
        await ctx.reply(ctx.t.notText);
      },
    );
  return feature;
}
