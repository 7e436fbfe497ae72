// Whether a listen address is loopback, decided on the parsed address: "127.attacker.example" is a host name
// (resolved by whoever controls that domain), not 127.0.0.0/8.

/** IPv4 in 127.0.0.0/8, ::1 and ::ffff:127.x.y.z, in any spelling the URL parser accepts, or "localhost". */
export function isLoopback(host: string): boolean {
  const bare = host.trim().toLowerCase().replace(/\.$/, "");
  if (bare === "localhost") return true;
  let hostname: string;
  try {
    // The WHATWG parser canonicalises IPv4 (127.1, 0x7f.0.0.1) and IPv6 (0:0:0:0:0:0:0:1) literals.
    const literal = bare.includes(":") && !bare.startsWith("[") ? `[${bare}]` : bare;
    hostname = new URL(`http://${literal}/`).hostname;
  } catch {
    return false;
  }
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)) return true;
  return hostname === "[::1]" || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(hostname);
}
