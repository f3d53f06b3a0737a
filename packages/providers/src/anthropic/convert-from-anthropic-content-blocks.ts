import type { DocumentBlockParam, ImageBlockParam, TextBlockParam } from '@anthropic-ai/sdk/resources/messages';
import type {
  ChatCompletionContentPart,
  ChatCompletionContentPartImage,
  ChatCompletionContentPartText,
} from 'openai/resources/chat/completions';
import { formatBase64DataUrl } from './parse-data-url.js';
import { TranslationError } from './translation-error.js';

// Anthropic's ephemeral cache_control and OpenAI's explicit prompt-cache breakpoint mark the same thing.
function breakpointFor(block: { cache_control?: unknown }): { prompt_cache_breakpoint?: { mode: 'explicit' } } {
  return block.cache_control === undefined || block.cache_control === null ? {} : { prompt_cache_breakpoint: { mode: 'explicit' } };
}

export function convertTextBlockFromAnthropic(block: TextBlockParam): ChatCompletionContentPartText {
  return { type: 'text', text: block.text, ...breakpointFor(block) };
}

export function convertImageBlockFromAnthropic(block: ImageBlockParam): ChatCompletionContentPartImage {
  const url = block.source.type === 'base64' ? formatBase64DataUrl(block.source.media_type, block.source.data) : block.source.url;
  return { type: 'image_url', image_url: { url }, ...breakpointFor(block) };
}

export function convertDocumentBlockFromAnthropic(block: DocumentBlockParam, location: string): ChatCompletionContentPart {
  const source = block.source;
  if (source.type === 'base64') {
    return {
      type: 'file',
      file: {
        file_data: formatBase64DataUrl(source.media_type, source.data),
        ...(block.title === undefined || block.title === null ? {} : { filename: block.title }),
      },
      ...breakpointFor(block),
    };
  }
  if (source.type === 'text') return { type: 'text', text: source.data, ...breakpointFor(block) };
  throw new TranslationError(`${location}: documents with a ${source.type} source are not supported; send the PDF as base64 or the text itself`);
}

/** The text of a system prompt block, or a text part when it carries a cache breakpoint. */
export function systemContentFromAnthropic(block: TextBlockParam): string | ChatCompletionContentPartText[] {
  return block.cache_control === undefined || block.cache_control === null ? block.text : [convertTextBlockFromAnthropic(block)];
}
