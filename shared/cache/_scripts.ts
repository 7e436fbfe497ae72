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

/** ARGV: result prefix, key, JSON, ttl seconds */
export const setResult = `${currentGeneration}
redis.call('SET', ARGV[1] .. g .. ':' .. ARGV[2], ARGV[3], 'EX', ARGV[4])
return 1`;

/** ARGV: result prefix, key → keys deleted */
export const deleteResult = `${currentGeneration}
return redis.call('DEL', ARGV[1] .. g .. ':' .. ARGV[2])`;

/** → the new generation */
export const bumpGeneration = `${currentGeneration}
return redis.call('INCR', KEYS[1])`;

/** ARGV: cursor, MATCH pattern → { next cursor, keys } */
export const scanStep = `
return redis.call('SCAN', ARGV[1], 'MATCH', ARGV[2], 'COUNT', 500)`;

/** ARGV: cursor, MATCH pattern, prefix of the keys to keep → { next cursor, keys deleted } */
export const purgeStep = `
local page = redis.call('SCAN', ARGV[1], 'MATCH', ARGV[2], 'COUNT', 500)
local deleted = 0
for _, key in ipairs(page[2]) do
  if string.sub(key, 1, #ARGV[3]) ~= ARGV[3] then
    deleted = deleted + redis.call('DEL', key)
  end
end
return { page[1], deleted }`;
