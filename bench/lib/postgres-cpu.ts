import fs from 'node:fs';

/**
 * CPU seconds used so far by this machine's PostgreSQL server processes (Linux /proc; null
 * elsewhere). The benches' figures move with the load other work puts on the shared cores;
 * CPU per operation does much less, so it is reported beside them. Server processes that end
 * between two reads take their time with them: read around a phase whose connections stay open.
 */
export function postgresCpuSeconds(): number | null {
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return null;
  }
  const ticksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on
  let ticks = 0;
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // "pid (comm) state ..." — comm may hold spaces, so split after its closing parenthesis.
      const close = stat.lastIndexOf(')');
      if (stat.slice(stat.indexOf('(') + 1, close) !== 'postgres') continue;
      const fields = stat.slice(close + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks / ticksPerSecond;
}
