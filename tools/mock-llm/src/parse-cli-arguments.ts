export interface CliArguments {
  port: number;
  host: string;
  chunkDelayMs: number;
  rules: string[];
  help: boolean;
}

export const defaultCliPort = 18081;

export const cliUsage = `Usage: gw-mock-llm [--port N] [--host HOST] [--chunk-delay MS] [--rule DIRECTIVES]...
  --port N             port to listen on (default ${defaultCliPort}; 0 picks a free one)
  --host HOST          address to bind (default 127.0.0.1)
  --chunk-delay MS     default wait between stream events (default 0)
  --rule DIRECTIVES    a directive group applied to every request, e.g. "model=gpt latency=200" (repeatable)
`;

function readNumber(flag: string, value: string | undefined): number {
  const number = Number(value);
  if (value === undefined || value === '' || !Number.isInteger(number) || number < 0) {
    throw new Error(`${flag} needs a non-negative whole number, got ${value === undefined ? 'nothing' : `"${value}"`}.`);
  }
  return number;
}

/** Parses `--flag value` and `--flag=value` forms; throws with a message that says what to fix. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  const parsed: CliArguments = { port: defaultCliPort, host: '127.0.0.1', chunkDelayMs: 0, rules: [], help: false };
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    const separator = argument.indexOf('=');
    const flag = separator === -1 ? argument : argument.slice(0, separator);
    const takeValue = (): string | undefined => {
      if (separator !== -1) return argument.slice(separator + 1);
      index += 1;
      return argv[index];
    };
    switch (flag) {
      case '--port':
        parsed.port = readNumber(flag, takeValue());
        if (parsed.port > 65_535) throw new Error(`--port must be at most 65535, got ${parsed.port}.`);
        break;
      case '--host': {
        const host = takeValue();
        if (host === undefined || host === '') throw new Error('--host needs an address, for example 127.0.0.1.');
        parsed.host = host;
        break;
      }
      case '--chunk-delay':
        parsed.chunkDelayMs = readNumber(flag, takeValue());
        break;
      case '--rule': {
        const rule = takeValue();
        if (rule === undefined) throw new Error('--rule needs a directive group, for example "status=429 times=1".');
        parsed.rules.push(rule);
        break;
      }
      case '--help':
      case '-h':
        parsed.help = true;
        break;
      default:
        throw new Error(`Unknown argument "${argument}".`);
    }
  }
  return parsed;
}
