import { describe, expect, it } from 'vitest';
import type { CanonicalRequest, CanonicalTool } from '../canonical-types.js';
import { convertToAnthropicRequest } from './convert-to-anthropic-request.js';
import { TranslationError } from './translation-error.js';

const weatherTool: CanonicalTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
};

const anthropicWeatherTool = {
  name: 'get_weather',
  description: 'Current weather for a city',
  input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

const options = { upstreamModel: 'claude-sonnet-4-5-20250929', maxOutputTokens: 64000, stream: false };

describe('convertToAnthropicRequest', () => {
  it('translates a multi-turn tool conversation with images, stop, dropped parameters and a moved system message', () => {
    const request: CanonicalRequest = {
      model: 'claude-sonnet',
      messages: [
        { role: 'system', content: 'You are a travel assistant.' },
        { role: 'developer', content: [{ type: 'text', text: 'Answer in metric units.', prompt_cache_breakpoint: { mode: 'explicit' } }] },
        { role: 'user', content: 'What is the weather in Paris and Oslo?' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'These are my photos from last week.' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
            { type: 'image_url', image_url: { url: 'https://example.com/oslo.jpg', detail: 'high' } },
          ],
        },
        {
          role: 'assistant',
          content: 'Let me check both cities.',
          tool_calls: [
            { id: 'call_paris', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
            { id: 'call_oslo', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_paris', content: '{"temperature_c":18}' },
        { role: 'tool', tool_call_id: 'call_oslo', content: [{ type: 'text', text: '{"temperature_c":9}' }] },
        { role: 'user', content: 'Which is warmer?' },
        { role: 'system', content: 'Keep it short.' },
      ],
      tools: [weatherTool],
      tool_choice: 'auto',
      parallel_tool_calls: false,
      stop: ['\n\nUser:'],
      max_completion_tokens: 700,
      temperature: 1.4,
      top_p: 0.9,
      user: 'user-4821',
      frequency_penalty: 0.3,
      presence_penalty: 0,
      n: 1,
      seed: 7,
      stream_options: { include_usage: true },
    };

    expect(convertToAnthropicRequest(request, options)).toEqual({
      body: {
        model: 'claude-sonnet-4-5-20250929',
        max_tokens: 700,
        system: [
          { type: 'text', text: 'You are a travel assistant.' },
          { type: 'text', text: 'Answer in metric units.', cache_control: { type: 'ephemeral' } },
          { type: 'text', text: 'Keep it short.' },
        ],
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is the weather in Paris and Oslo?' },
              { type: 'text', text: 'These are my photos from last week.' },
              { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
              { type: 'image', source: { type: 'url', url: 'https://example.com/oslo.jpg' } },
            ],
          },
          {
            role: 'assistant',
            content: [
              { type: 'text', text: 'Let me check both cities.' },
              { type: 'tool_use', id: 'call_paris', name: 'get_weather', input: { city: 'Paris' } },
              { type: 'tool_use', id: 'call_oslo', name: 'get_weather', input: { city: 'Oslo' } },
            ],
          },
          {
            role: 'user',
            content: [
              { type: 'tool_result', tool_use_id: 'call_paris', content: '{"temperature_c":18}' },
              { type: 'tool_result', tool_use_id: 'call_oslo', content: [{ type: 'text', text: '{"temperature_c":9}' }] },
              { type: 'text', text: 'Which is warmer?' },
            ],
          },
        ],
        tools: [anthropicWeatherTool],
        tool_choice: { type: 'auto', disable_parallel_tool_use: true },
        temperature: 1,
        top_p: 0.9,
        stop_sequences: ['\n\nUser:'],
        metadata: { user_id: 'user-4821' },
        stream: false,
      },
      warnings: [
        'frequency_penalty is not supported by Anthropic and was dropped',
        'seed is not supported by Anthropic and was dropped',
        "messages[8] (system) was moved into Anthropic's top-level system prompt, after the earlier system messages: Anthropic has no system messages inside the conversation",
        'temperature 1.4 was clamped to 1: Anthropic accepts 0 to 1',
      ],
      jsonMode: undefined,
    });
  });

  it('turns json_object into a forced tool, takes max_tokens from the catalog and streams', () => {
    const request: CanonicalRequest = {
      messages: [
        { role: 'system', content: 'Extract the order.' },
        { role: 'user', content: 'Two espressos and a croissant, please.' },
      ],
      response_format: { type: 'json_object' },
      stop: 'END',
      temperature: 0,
    };

    expect(convertToAnthropicRequest(request, { ...options, maxOutputTokens: 8192, stream: true })).toEqual({
      body: {
        model: 'claude-sonnet-4-5-20250929',
        max_tokens: 8192,
        system: [{ type: 'text', text: 'Extract the order.' }],
        messages: [{ role: 'user', content: [{ type: 'text', text: 'Two espressos and a croissant, please.' }] }],
        tools: [
          {
            name: 'gw_json_response',
            description: 'Give your whole answer as a JSON object: the input of this tool.',
            input_schema: { type: 'object' },
          },
        ],
        tool_choice: { type: 'tool', name: 'gw_json_response' },
        temperature: 0,
        stop_sequences: ['END'],
        stream: true,
      },
      warnings: [],
      jsonMode: { toolName: 'gw_json_response' },
    });
  });

  it('turns a strict json_schema into a forced tool next to the caller’s own tools', () => {
    const orderSchema = {
      type: 'object',
      properties: { items: { type: 'array', items: { type: 'string' } }, total_eur: { type: 'number' } },
      required: ['items', 'total_eur'],
      additionalProperties: false,
    };
    const request: CanonicalRequest = {
      messages: [{ role: 'user', content: 'Two espressos and a croissant, please.' }],
      tools: [weatherTool],
      response_format: { type: 'json_schema', json_schema: { name: 'order', strict: true, schema: orderSchema } },
      max_tokens: 300,
    };

    expect(convertToAnthropicRequest(request, options)).toEqual({
      body: {
        model: 'claude-sonnet-4-5-20250929',
        max_tokens: 300,
        messages: [{ role: 'user', content: [{ type: 'text', text: 'Two espressos and a croissant, please.' }] }],
        tools: [
          anthropicWeatherTool,
          {
            name: 'gw_json_response',
            description: 'Give your whole answer as JSON matching the order schema: the input of this tool.',
            input_schema: orderSchema,
          },
        ],
        tool_choice: { type: 'tool', name: 'gw_json_response' },
        stream: false,
      },
      warnings: [],
      jsonMode: { toolName: 'gw_json_response' },
    });
  });

  it('keeps the caller’s tool_choice over JSON mode and says so', () => {
    const request: CanonicalRequest = {
      messages: [{ role: 'user', content: 'Weather in Rome as JSON' }],
      tools: [weatherTool],
      tool_choice: 'required',
      response_format: { type: 'json_object' },
    };

    const { body, warnings, jsonMode } = convertToAnthropicRequest(request, options);
    expect({ tools: body.tools?.map((tool) => tool.name), toolChoice: body.tool_choice, warnings, jsonMode }).toEqual({
      tools: ['get_weather', 'gw_json_response'],
      toolChoice: { type: 'any' },
      warnings: ['response_format json_object is not enforced because tool_choice is set: the model may answer in plain text'],
      jsonMode: { toolName: 'gw_json_response' },
    });
  });

  it('turns reasoning_effort into thinking, drops temperature and raises max_tokens above the budget', () => {
    const request: CanonicalRequest = {
      messages: [{ role: 'user', content: 'Prove that there are infinitely many primes.' }],
      reasoning_effort: 'medium',
      temperature: 0.2,
      top_p: 0.5,
      max_tokens: 2000,
    };

    expect(convertToAnthropicRequest(request, options)).toEqual({
      body: {
        model: 'claude-sonnet-4-5-20250929',
        max_tokens: 6096,
        messages: [{ role: 'user', content: [{ type: 'text', text: 'Prove that there are infinitely many primes.' }] }],
        thinking: { type: 'enabled', budget_tokens: 4096 },
        stream: false,
      },
      warnings: [
        'max_tokens was raised from 2000 to 6096: Anthropic counts the 4096-token thinking budget inside max_tokens',
        'temperature was dropped: Anthropic does not accept it with extended thinking (reasoning_effort)',
        'top_p was dropped: Anthropic accepts only 0.95 to 1 with extended thinking (reasoning_effort)',
      ],
      jsonMode: undefined,
    });
  });

  it('leaves thinking off when a tool is forced, keeping temperature', () => {
    const request: CanonicalRequest = {
      messages: [{ role: 'user', content: 'List three primes as JSON.' }],
      reasoning_effort: 'high',
      temperature: 0.5,
      response_format: { type: 'json_object' },
    };

    const { body, warnings } = convertToAnthropicRequest(request, options);
    expect({ thinking: body.thinking, temperature: body.temperature, maxTokens: body.max_tokens, warnings }).toEqual({
      thinking: undefined,
      temperature: 0.5,
      maxTokens: 64000,
      warnings: ['reasoning_effort was dropped: Anthropic cannot think while a tool is forced (tool_choice or response_format)'],
    });
  });

  it('maps every tool_choice form', () => {
    const withChoice = (toolChoice: CanonicalRequest['tool_choice'], parallelToolCalls?: boolean) => {
      const { body } = convertToAnthropicRequest(
        {
          messages: [{ role: 'user', content: 'hi' }],
          tools: [weatherTool, { type: 'function', function: { name: 'get_time' } }],
          tool_choice: toolChoice,
          ...(parallelToolCalls === undefined ? {} : { parallel_tool_calls: parallelToolCalls }),
        },
        options,
      );
      return { tools: body.tools?.map((tool) => tool.name), toolChoice: body.tool_choice };
    };

    expect({
      none: withChoice('none'),
      required: withChoice('required', false),
      named: withChoice({ type: 'function', function: { name: 'get_time' } }),
      allowed: withChoice({
        type: 'allowed_tools',
        allowed_tools: { mode: 'required', tools: [{ type: 'function', function: { name: 'get_time' } }] },
      }),
    }).toEqual({
      none: { tools: ['get_weather', 'get_time'], toolChoice: { type: 'none' } },
      required: { tools: ['get_weather', 'get_time'], toolChoice: { type: 'any', disable_parallel_tool_use: true } },
      named: { tools: ['get_weather', 'get_time'], toolChoice: { type: 'tool', name: 'get_time' } },
      allowed: { tools: ['get_time'], toolChoice: { type: 'any' } },
    });
  });

  it('gives a tool without parameters an empty object schema and names dropped strict flags', () => {
    const { body, warnings } = convertToAnthropicRequest(
      {
        messages: [{ role: 'user', content: 'What time is it?' }],
        tools: [{ type: 'function', function: { name: 'get_time', strict: true } }],
      },
      options,
    );
    expect({ tools: body.tools, warnings }).toEqual({
      tools: [{ name: 'get_time', input_schema: { type: 'object', properties: {} } }],
      warnings: ['tools[0] (get_time): strict is not supported by Anthropic and was dropped'],
    });
  });

  it('drops stop sequences Anthropic rejects for having no visible character', () => {
    const { body, warnings } = convertToAnthropicRequest({ messages: [{ role: 'user', content: 'List three fruits.' }], stop: ['\n', 'END', ''] }, options);
    expect({ stopSequences: body.stop_sequences, warnings }).toEqual({
      stopSequences: ['END'],
      warnings: [
        'stop sequence "\\n" was dropped: Anthropic accepts only stop sequences with a visible character',
        'stop sequence "" was dropped: Anthropic accepts only stop sequences with a visible character',
      ],
    });
  });

  it('keeps a leading assistant turn and trims the trailing whitespace Anthropic rejects in a prefill', () => {
    const { body } = convertToAnthropicRequest(
      {
        messages: [
          { role: 'assistant', content: 'Welcome back! How can I help?' },
          { role: 'user', content: 'Write a haiku about rain.' },
          { role: 'assistant', content: 'Soft rain on the roof \n' },
        ],
      },
      options,
    );
    expect(body.messages).toEqual([
      { role: 'assistant', content: [{ type: 'text', text: 'Welcome back! How can I help?' }] },
      { role: 'user', content: [{ type: 'text', text: 'Write a haiku about rain.' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'Soft rain on the roof' }] },
    ]);
  });

  it('moves tool results before other content of a merged user turn and says so', () => {
    const { body, warnings } = convertToAnthropicRequest(
      {
        messages: [
          { role: 'user', content: 'Time?' },
          { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_time', arguments: '' } }] },
          { role: 'user', content: 'Also, hurry.' },
          { role: 'tool', tool_call_id: 'call_1', content: '12:00' },
        ],
      },
      options,
    );
    expect({ messages: body.messages, warnings }).toEqual({
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Time?' }] },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'call_1', name: 'get_time', input: {} }] },
        {
          role: 'user',
          content: [
            { type: 'tool_result', tool_use_id: 'call_1', content: '12:00' },
            { type: 'text', text: 'Also, hurry.' },
          ],
        },
      ],
      warnings: [
        'tool results were moved before the other content of their user turn: Anthropic requires tool_result blocks to come first',
      ],
    });
  });

  describe('rejects what Anthropic cannot express', () => {
    const attempt = (messages: CanonicalRequest['messages'], extra: Partial<CanonicalRequest> = {}) => () =>
      convertToAnthropicRequest({ messages, ...extra }, options);

    it('names the tool call whose arguments are not JSON', () => {
      const convert = attempt([
        { role: 'user', content: 'Weather?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            { id: 'call_ok', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Oslo"}' } },
            { id: 'call_bad', type: 'function', function: { name: 'get_weather', arguments: '{"city":' } },
          ],
        },
      ]);
      expect(convert).toThrow(TranslationError);
      expect(convert).toThrow(/^messages\[1\]\.tool_calls\[1\] \(call_bad, get_weather\): arguments are not valid JSON/);
    });

    it('rejects image media types Anthropic does not read', () => {
      expect(
        attempt([{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'data:image/bmp;base64,Qk0=' } }] }]),
      ).toThrow(
        'messages[0].content[0]: image media type image/bmp is not supported by Anthropic (use image/jpeg, image/png, image/gif or image/webp)',
      );
    });

    it('rejects audio input', () => {
      expect(
        attempt([{ role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'UklGRg==', format: 'wav' } }] }]),
      ).toThrow('messages[0].content[0]: input_audio parts are not supported by Anthropic');
    });

    it('rejects a tool schema that is not an object', () => {
      expect(
        attempt([{ role: 'user', content: 'hi' }], {
          tools: [{ type: 'function', function: { name: 'list', parameters: { type: 'array', items: { type: 'string' } } } }],
        }),
      ).toThrow('tools[0] (list): Anthropic tool input schemas must have type "object", not "array"');
    });

    it('rejects a conversation with nothing but system messages', () => {
      expect(attempt([{ role: 'system', content: 'You are terse.' }])).toThrow(
        'messages: Anthropic needs at least one user or assistant message besides the system messages',
      );
    });
  });
});
