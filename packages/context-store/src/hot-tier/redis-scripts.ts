/** Marks a sequenced list (a sorted set) as fully loaded; entries have scores >= 0, the marker -1. */
export const completeMarker = '!complete';

/**
 * KEYS[1] the sorted set; ARGV: maxEntries, ttlSeconds, markComplete ('1' | '0'), then sequence/member pairs.
 * One member per sequence; keeps the highest `maxEntries` sequences (and the marker).
 */
export const writeSequencedScript = `
local key = KEYS[1]
local maxEntries = tonumber(ARGV[1])
local ttl = tonumber(ARGV[2])
for i = 4, #ARGV, 2 do
  redis.call('ZREMRANGEBYSCORE', key, ARGV[i], ARGV[i])
  redis.call('ZADD', key, ARGV[i], ARGV[i + 1])
end
if ARGV[3] == '1' then redis.call('ZADD', key, -1, '${completeMarker}') end
local count = redis.call('ZCOUNT', key, 0, '+inf')
if count > maxEntries then
  local offset = 0
  if redis.call('ZSCORE', key, '${completeMarker}') then offset = 1 end
  redis.call('ZREMRANGEBYRANK', key, offset, offset + count - maxEntries - 1)
end
if ttl > 0 then redis.call('EXPIRE', key, ttl) end
return count
`;
