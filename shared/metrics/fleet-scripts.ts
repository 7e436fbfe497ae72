// The Lua scripts behind the fleet merge. Each runs atomically inside Redis, so a scrape never sees an
// instance both folded into the retained totals and still live, and no fold happens twice.
// Keys share the {cv_analyzer_metrics} hash tag so that they live on one slot of a Redis cluster.

/** the Redis keys of one fleet; tests give each suite its own namespace */
export function fleetKeys(namespace = "cv_analyzer_metrics") {
  const tag = `{${namespace}}`;
  return {
    instances: `${tag}:instances`,
    retained: `${tag}:retained`,
    retainedFamilies: `${tag}:retained_families`,
    instancePrefix: `${tag}:instance:`,
    expiredPrefix: `${tag}:expired:`,
  };
}

/**
 * KEYS: instances, retained, retainedFamilies. ARGV: id, now (ms), ttl (ms), seq, snapshot JSON,
 * cumulative lines ("field\tvalue\n"; "#family\tmeta" for family metadata), read ("1" to return the fleet),
 * keep (ms a stored snapshot outlives its last report; a guard against leaks, far above ttl), the instance key
 * prefix, the expired key prefix.
 *
 * 1. An instance id that was expired is never taken back: its counters already sit in the retained totals.
 * 2. A snapshot replaces the stored one only when its seq is higher (two workers of one host may report).
 * 3. Every instance silent for longer than ttl is folded: its cumulative samples are added to the retained
 *    totals, its snapshot deleted, its id remembered as expired.
 * 4. With read, returns the retained totals, their families, and every live snapshot.
 */
export const reportScript = `
local prefix = ARGV[9]
local expiredPrefix = ARGV[10]
local id = ARGV[1]
local now = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
local seq = tonumber(ARGV[4])
local keep = tonumber(ARGV[8])
if redis.call('EXISTS', expiredPrefix .. id) == 1 then return {'expired'} end
local stored = redis.call('GET', prefix .. id)
local storedSeq = -1
if stored then storedSeq = tonumber(string.match(stored, '^([%d.]+)\\n')) or -1 end
if seq > storedSeq then
  redis.call('SET', prefix .. id, ARGV[4] .. '\\n' .. ARGV[5], 'PX', keep)
  redis.call('SET', prefix .. id .. ':cumulative', ARGV[6], 'PX', keep)
end
redis.call('ZADD', KEYS[1], now, id)
local gone = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now - ttl)
for _, old in ipairs(gone) do
  local lines = redis.call('GET', prefix .. old .. ':cumulative')
  if lines then
    for field, value in string.gmatch(lines, '([^\\t\\n]+)\\t([^\\n]+)\\n') do
      if string.sub(field, 1, 1) == '#' then
        redis.call('HSET', KEYS[3], string.sub(field, 2), value)
      else
        redis.call('HINCRBYFLOAT', KEYS[2], field, value)
      end
    end
  end
  redis.call('DEL', prefix .. old, prefix .. old .. ':cumulative')
  redis.call('ZREM', KEYS[1], old)
  redis.call('SET', expiredPrefix .. old, '1', 'PX', keep)
end
if ARGV[7] ~= '1' then return {'ok'} end
local live = redis.call('ZRANGE', KEYS[1], 0, -1)
local snapshots = {}
for i, other in ipairs(live) do snapshots[i] = redis.call('GET', prefix .. other) or '' end
return {'ok', redis.call('HGETALL', KEYS[2]), redis.call('HGETALL', KEYS[3]), snapshots}
`;
