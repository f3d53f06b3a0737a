#!/usr/bin/env bash
# Checks gw-mcp with the official MCP Inspector CLI: it lists the tools (with --strict schema checks) and calls
# chat_completion against the bundled mock upstream. Needs the built bin (npx nx run @gw/mcp-stdio:build) and
# network access for npx (the inspector needs Node 22, which `-p node@22` brings).
# Usage: tools/scripts/mcp-inspector-check.sh   (exit 0 = both checks passed)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="$root/apps/mcp-stdio/dist/main.js"
mock_cli="$root/tools/mock-llm/dist/main.js"
for file in "$bin" "$mock_cli"; do
  [[ -f "$file" ]] || { echo "mcp-inspector-check: $file is missing; build first (npx nx run @gw/mcp-stdio:build)" >&2; exit 2; }
done

work="$(mktemp -d)"
mock_pid=""
cleanup() {
  [[ -n "$mock_pid" ]] && kill "$mock_pid" 2>/dev/null || true
  [[ -n "$mock_pid" ]] && wait "$mock_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

node "$mock_cli" --port 0 2>"$work/mock.log" &
mock_pid=$!
mock_url=""
for _ in $(seq 1 100); do
  mock_url="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/mock.log" || true)"
  [[ -n "$mock_url" ]] && break
  sleep 0.05
done
[[ -n "$mock_url" ]] || { echo "mcp-inspector-check: the mock upstream did not start" >&2; cat "$work/mock.log" >&2; exit 1; }

inspector=(npx -y -p node@22 -p @modelcontextprotocol/inspector@2.12.0 mcp-inspector --cli)
server_env=(-e API_FORMAT=openai -e API_KEY=test-inspector-key -e "API_ENDPOINT=$mock_url/v1" -e DEFAULT_MODEL=gpt-6-luna -e "DESCRIPTION=Checked by the MCP Inspector")

# 1. tools/list, with the inspector's schema portability checks (exit 6 on an error-severity problem).
"${inspector[@]}" "${server_env[@]}" --method tools/list --strict node "$bin" >"$work/list.json" 2>"$work/list.err" ||
  { echo "mcp-inspector-check: tools/list failed" >&2; grep -v '^npm warn' "$work/list.err" >&2; exit 1; }

# 2. tools/call chat_completion.
"${inspector[@]}" "${server_env[@]}" --method tools/call --tool-name chat_completion \
  --tool-args-json '{"messages":[{"role":"user","content":"hello from the inspector"}],"max_tokens":50}' \
  node "$bin" >"$work/call.json" 2>"$work/call.err" ||
  { echo "mcp-inspector-check: tools/call failed" >&2; grep -v '^npm warn' "$work/call.err" >&2; exit 1; }

node --input-type=module - "$work/list.json" "$work/call.json" "$work/list.err" <<'CHECK'
import { readFileSync } from 'node:fs';
const [listFile, callFile, listErrors] = process.argv.slice(2);
const list = JSON.parse(readFileSync(listFile, 'utf8'));
const names = list.tools.map((tool) => tool.name).sort();
if (names.join(',') !== 'chat_completion,list_models') throw new Error(`unexpected tools: ${names}`);
const call = JSON.parse(readFileSync(callFile, 'utf8'));
const text = call.content?.[0]?.text;
if (call.isError || text !== '[gpt-6-luna] echo: hello from the inspector') throw new Error(`unexpected call result: ${JSON.stringify(call)}`);
if (!(call.structuredContent?.cost_usd > 0)) throw new Error('no cost in structuredContent');
const summary = readFileSync(listErrors, 'utf8').split('\n').find((line) => /errors?, \d+ warnings?/.test(line)) ?? 'no portability problems reported';
console.log(`mcp-inspector-check: ok — tools: ${names.join(', ')}; chat_completion answered "${text}" (cost $${call.structuredContent.cost_usd}); strict schema check: ${summary}`);
CHECK
