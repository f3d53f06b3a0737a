import { isRecord } from './for-each-message-text.js';

/** OpenAI bills a high-detail 1024×1024 image at 765 tokens and a low-detail one at 85. */
export const IMAGE_TOKENS = 765;
export const LOW_DETAIL_IMAGE_TOKENS = 85;
/** Audio and files have a size we cannot know without decoding them; a flat cost keeps them from counting as free. */
export const ATTACHMENT_TOKENS = 500;

export interface MessageAttachments {
  readonly images: number;
  readonly tokens: number;
}

const NO_ATTACHMENTS: MessageAttachments = { images: 0, tokens: 0 };

/** The non-text parts of a message (images, audio, files) and their estimated token cost. */
export function countMessageAttachments(message: unknown): MessageAttachments {
  if (!isRecord(message)) return NO_ATTACHMENTS;
  const content = message['content'];
  if (!Array.isArray(content)) return NO_ATTACHMENTS;
  let images = 0;
  let tokens = 0;
  for (const part of content) {
    if (!isRecord(part)) continue;
    const type = part['type'];
    if (type === 'image_url') {
      images++;
      const imageUrl = part['image_url'];
      tokens += isRecord(imageUrl) && imageUrl['detail'] === 'low' ? LOW_DETAIL_IMAGE_TOKENS : IMAGE_TOKENS;
    } else if (type === 'input_audio' || type === 'file') {
      tokens += ATTACHMENT_TOKENS;
    }
  }
  return images === 0 && tokens === 0 ? NO_ATTACHMENTS : { images, tokens };
}
