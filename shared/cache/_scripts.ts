// Lua scripts of the Redis cache. Each runs atomically next to the data, so reading a tenant's
// generation and using it costs one round trip and cannot interleave with an invalidation.
// KEYS[1] is always the tenant's generation key.

// A missing generation (never set, or evicted under allkeys-lru) starts from the server clock in
// microseconds: larger than any earlier value that was counted up one invalidation at a time, so a lost
// counter can never bring back the results of an old generation.
const currentGeneration = `
local g = redis.call('GET', KEYS[1])
if not g then
  local t = redis.call('TIME')
  g = string.format('%.0f', tonumber(t[1]) * 1000000 + tonumber(t[2]))
  redis.call('SET', KEYS[1], g)
end
`;

/** ARGV: result prefix (up to "g"), key → the value or nil */
export const getResult = `${currentGeneration}
return redis.call('GET', ARGV[1] .. g .. ':' .. ARGV[2])`;

/**
 * KEYS[2]: the tenant's result index. ARGV: result prefix, key, JSON, ttl seconds. The key is listed in the
 * index with its expiry time; entries that have expired are pruned from it on the way.
 */
export const setResult = `${currentGeneration}
local key = ARGV[1] .. g .. ':' .. ARGV[2]
local ttl = tonumber(ARGV[4])
redis.call('SET', key, ARGV[3], 'EX', ttl)
local now = tonumber(redis.call('TIME')[1])
redis.call('ZADD', KEYS[2], now + ttl, key)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
if redis.call('TTL', KEYS[2]) < ttl then redis.call('EXPIRE', KEYS[2], ttl) end
return 1`;

/** ARGV: result prefix, key → keys deleted */
export const deleteResult = `${currentGeneration}
return redis.call('DEL', ARGV[1] .. g .. ':' .. ARGV[2])`;

/** → the new generation. O(1): older results become unreachable and expire with their TTL. */
export const bumpGeneration = `${currentGeneration}
return redis.call('INCR', KEYS[1])`;

/**
 * KEYS[2]: the tenant's result index. Bumps the generation, then removes every result key the index lists
 * (this tenant's cached results only, never a SCAN of the keyspace) → keys removed.
 */
export const removeResults = `${currentGeneration}
redis.call('INCR', KEYS[1])
local keys = redis.call('ZRANGE', KEYS[2], 0, -1)
local removed = 0
for i = 1, #keys, 500 do
  removed = removed + redis.call('UNLINK', unpack(keys, i, math.min(i + 499, #keys)))
end
redis.call('DEL', KEYS[2])
return removed`;

/** ARGV: cursor, MATCH pattern → { next cursor, keys } */
export const scanStep = `
return redis.call('SCAN', ARGV[1], 'MATCH', ARGV[2], 'COUNT', 500)`;
