import type {
  Base64ImageSource,
  CacheControlEphemeral,
  DocumentBlockParam,
  ImageBlockParam,
  TextBlockParam,
} from '@anthropic-ai/sdk/resources/messages';
import type {
  ChatCompletionContentPart,
  ChatCompletionContentPartImage,
  ChatCompletionContentPartText,
} from 'openai/resources/chat/completions';
import { parseBase64DataUrl } from './parse-data-url.js';
import { TranslationError } from './translation-error.js';

export type AnthropicUserContentBlock = TextBlockParam | ImageBlockParam | DocumentBlockParam;

const supportedImageMediaTypes: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
// Browsers and some SDKs label JPEG files image/jpg; Anthropic only accepts the registered name.
const mediaTypeAliases: Readonly<Record<string, string>> = { 'image/jpg': 'image/jpeg' };

/** OpenAI's explicit prompt-cache breakpoint is the same idea as Anthropic's ephemeral cache_control. */
function cacheControlFor(part: { prompt_cache_breakpoint?: unknown }): { cache_control?: CacheControlEphemeral } {
  return part.prompt_cache_breakpoint === undefined ? {} : { cache_control: { type: 'ephemeral' } };
}

export function convertTextPartToAnthropic(part: ChatCompletionContentPartText): TextBlockParam {
  return { type: 'text', text: part.text, ...cacheControlFor(part) };
}

export function convertImagePartToAnthropic(part: ChatCompletionContentPartImage, location: string): ImageBlockParam {
  const url = part.image_url.url;
  const dataUrl = parseBase64DataUrl(url);
  if (dataUrl !== undefined) {
    const mediaType = mediaTypeAliases[dataUrl.mediaType] ?? dataUrl.mediaType;
    if (!supportedImageMediaTypes.has(mediaType)) {
      throw new TranslationError(
        `${location}: image media type ${dataUrl.mediaType || '(none)'} is not supported by Anthropic (use image/jpeg, image/png, image/gif or image/webp)`,
      );
    }
    return {
      type: 'image',
      source: { type: 'base64', media_type: mediaType as Base64ImageSource['media_type'], data: dataUrl.data },
      ...cacheControlFor(part),
    };
  }
  if (/^https?:\/\//i.test(url)) {
    return { type: 'image', source: { type: 'url', url }, ...cacheControlFor(part) };
  }
  throw new TranslationError(`${location}: image_url must be a base64 data URL or an http(s) URL`);
}

function convertFilePartToAnthropic(part: ChatCompletionContentPart.File, location: string): DocumentBlockParam {
  const fileData = part.file.file_data;
  if (fileData === undefined) {
    throw new TranslationError(`${location}: file parts need file_data; file_id refers to OpenAI's file store, which Anthropic cannot read`);
  }
  const dataUrl = parseBase64DataUrl(fileData);
  // OpenAI accepts only PDFs in chat file parts, so a bare base64 payload is a PDF too.
  const mediaType = dataUrl === undefined ? 'application/pdf' : dataUrl.mediaType;
  if (mediaType !== 'application/pdf') {
    throw new TranslationError(`${location}: file media type ${mediaType} is not supported by Anthropic (only application/pdf)`);
  }
  return {
    type: 'document',
    source: { type: 'base64', media_type: 'application/pdf', data: dataUrl === undefined ? fileData : dataUrl.data },
    ...(part.file.filename === undefined ? {} : { title: part.file.filename }),
    ...cacheControlFor(part),
  };
}

/** One part of a user message as an Anthropic content block. */
export function convertUserPartToAnthropic(part: ChatCompletionContentPart, location: string): AnthropicUserContentBlock {
  switch (part.type) {
    case 'text':
      return convertTextPartToAnthropic(part);
    case 'image_url':
      return convertImagePartToAnthropic(part, location);
    case 'file':
      return convertFilePartToAnthropic(part, location);
    case 'input_audio':
      throw new TranslationError(`${location}: input_audio parts are not supported by Anthropic`);
    default:
      throw new TranslationError(`${location}: content part type ${(part as { type?: unknown }).type as string} is not supported by Anthropic`);
  }
}
