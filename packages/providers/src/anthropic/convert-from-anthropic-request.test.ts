import type { MessageCreateParams } from '@anthropic-ai/sdk/resources/messages';
import { describe, expect, it } from 'vitest';
import { convertFromAnthropicRequest } from './convert-from-anthropic-request.js';
import { TranslationError } from './translation-error.js';

describe('convertFromAnthropicRequest', () => {
  it('translates a coding-agent conversation with tools, tool results, images, thinking and stop sequences', () => {
    const body: MessageCreateParams = {
      model: 'claude-sonnet-4-5',
      max_tokens: 16000,
      system: [
        { type: 'text', text: 'You are a coding agent.' },
        { type: 'text', text: 'The repository is a TypeScript monorepo.', cache_control: { type: 'ephemeral' } },
      ],
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Why does the build fail? Here is the screenshot.' },
            { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
            { type: 'image', source: { type: 'url', url: 'https://example.com/ci-log.png' } },
          ],
        },
        {
          role: 'assistant',
          content: [
            { type: 'thinking', thinking: 'I should read the config.', signature: 'EqQBCgIYAhIM' },
            { type: 'text', text: 'Let me read the config.' },
            { type: 'tool_use', id: 'toolu_read', name: 'read_file', input: { path: 'tsconfig.json' } },
            { type: 'tool_use', id: 'toolu_status', name: 'git_status', input: {} },
          ],
        },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'toolu_read', content: '{"compilerOptions":{"strict":true}}' },
            { type: 'tool_result', tool_use_id: 'toolu_status', content: [{ type: 'text', text: 'clean' }], is_error: false },
            { type: 'text', text: 'Be brief.' },
          ],
        },
        { role: 'assistant', content: 'The config is fine; the error is elsewhere.' },
        { role: 'user', content: 'Then where?' },
      ],
      tools: [
        {
          name: 'read_file',
          description: 'Read a file in the workspace',
          input_schema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
        },
        { name: 'git_status', input_schema: { type: 'object', properties: {} }, cache_control: { type: 'ephemeral' } },
        { type: 'web_search_20250305', name: 'web_search', max_uses: 3 },
      ],
      tool_choice: { type: 'auto', disable_parallel_tool_use: true },
      stop_sequences: ['</answer>'],
      top_p: 0.98,
      top_k: 40,
      metadata: { user_id: 'user-7f3a' },
      thinking: { type: 'enabled', budget_tokens: 5000 },
      stream: true,
    };

    expect(convertFromAnthropicRequest(body)).toEqual({
      request: {
        model: 'claude-sonnet-4-5',
        messages: [
          { role: 'system', content: 'You are a coding agent.' },
          {
            role: 'system',
            content: [{ type: 'text', text: 'The repository is a TypeScript monorepo.', prompt_cache_breakpoint: { mode: 'explicit' } }],
          },
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Why does the build fail? Here is the screenshot.' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
              { type: 'image_url', image_url: { url: 'https://example.com/ci-log.png' } },
            ],
          },
          {
            role: 'assistant',
            content: 'Let me read the config.',
            tool_calls: [
              { id: 'toolu_read', type: 'function', function: { name: 'read_file', arguments: '{"path":"tsconfig.json"}' } },
              { id: 'toolu_status', type: 'function', function: { name: 'git_status', arguments: '{}' } },
            ],
          },
          { role: 'tool', tool_call_id: 'toolu_read', content: '{"compilerOptions":{"strict":true}}' },
          { role: 'tool', tool_call_id: 'toolu_status', content: [{ type: 'text', text: 'clean' }] },
          { role: 'user', content: 'Be brief.' },
          { role: 'assistant', content: 'The config is fine; the error is elsewhere.' },
          { role: 'user', content: 'Then where?' },
        ],
        max_tokens: 16000,
        tools: [
          {
            type: 'function',
            function: {
              name: 'read_file',
              description: 'Read a file in the workspace',
              parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
            },
          },
          { type: 'function', function: { name: 'git_status', parameters: { type: 'object', properties: {} } } },
        ],
        tool_choice: 'auto',
        parallel_tool_calls: false,
        stop: ['</answer>'],
        top_p: 0.98,
        user: 'user-7f3a',
        reasoning_effort: 'medium',
        stream: true,
      },
      warnings: [
        'messages[1].content[0]: thinking blocks have no Chat Completions form and were dropped',
        'tools[2] (web_search): Anthropic server tools (web_search_20250305) have no Chat Completions form and were dropped',
        'top_k has no Chat Completions counterpart and was dropped',
      ],
    });
  });

  it('maps tool_choice, thinking budgets and structured output', () => {
    const convert = (extra: Partial<MessageCreateParams>) =>
      convertFromAnthropicRequest({
        model: 'claude-haiku-4-5',
        max_tokens: 1024,
        messages: [{ role: 'user', content: 'hi' }],
        tools: [{ name: 'lookup', input_schema: { type: 'object' } }],
        ...extra,
      } as MessageCreateParams).request;

    expect({
      any: convert({ tool_choice: { type: 'any' } }).tool_choice,
      tool: convert({ tool_choice: { type: 'tool', name: 'lookup' } }).tool_choice,
      none: convert({ tool_choice: { type: 'none' } }).tool_choice,
      low: convert({ thinking: { type: 'enabled', budget_tokens: 2048 } }).reasoning_effort,
      medium: convert({ thinking: { type: 'enabled', budget_tokens: 8192 } }).reasoning_effort,
      high: convert({ thinking: { type: 'enabled', budget_tokens: 8193 } }).reasoning_effort,
      disabled: convert({ thinking: { type: 'disabled' } }).reasoning_effort,
      adaptive: convert({ thinking: { type: 'adaptive' }, output_config: { effort: 'high' } }).reasoning_effort,
      format: convert({ output_config: { format: { type: 'json_schema', schema: { type: 'object' } } } }).response_format,
    }).toEqual({
      any: 'required',
      tool: { type: 'function', function: { name: 'lookup' } },
      none: 'none',
      low: 'low',
      medium: 'medium',
      high: 'high',
      disabled: undefined,
      adaptive: 'high',
      format: { type: 'json_schema', json_schema: { name: 'output', schema: { type: 'object' }, strict: true } },
    });
  });

  it('moves images out of tool results into the user message that follows them', () => {
    const { request, warnings } = convertFromAnthropicRequest({
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      messages: [
        {
          role: 'user',
          content: [
            {
              type: 'tool_result',
              tool_use_id: 'toolu_shot',
              content: [
                { type: 'text', text: 'Screenshot taken.' },
                { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/4AAQ' } },
              ],
            },
          ],
        },
      ],
    });
    expect({ messages: request.messages, warnings }).toEqual({
      messages: [
        { role: 'tool', tool_call_id: 'toolu_shot', content: [{ type: 'text', text: 'Screenshot taken.' }] },
        { role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/jpeg;base64,/9j/4AAQ' } }] },
      ],
      warnings: ['messages[0].content[0]: an image in the tool_result for toolu_shot was moved into the following user message'],
    });
  });

  it('reads a base64 PDF as a file part and rejects user blocks Chat Completions cannot carry', () => {
    const convert = (content: Extract<MessageCreateParams['messages'][number]['content'], unknown[]>) => () =>
      convertFromAnthropicRequest({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content }] });

    expect(
      convert([{ type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'spec.pdf' }])().request
        .messages,
    ).toEqual([{ role: 'user', content: [{ type: 'file', file: { file_data: 'data:application/pdf;base64,JVBERi0=', filename: 'spec.pdf' } }] }]);
    expect(convert([{ type: 'document', source: { type: 'url', url: 'https://example.com/spec.pdf' } }])).toThrow(TranslationError);
    expect(convert([{ type: 'search_result', source: 'https://example.com', title: 'Example', content: [{ type: 'text', text: 'x' }] }])).toThrow(
      'messages[0].content[0]: search_result blocks in user messages have no Chat Completions form',
    );
  });
});
