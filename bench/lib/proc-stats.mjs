import { readFileSync } from 'node:fs';

const CLOCK_TICKS = 100; // USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK)

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; 0 once it is gone. */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces: fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime, stime (fields 14, 15)
  } catch {
    return 0;
  }
}

/** Resident set size in bytes, from VmRSS in /proc/<pid>/status; 0 once it is gone. */
export function rssBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples the RSS of some processes every `intervalMs` and keeps the peak of their sum. `pids` is a
 * function, so that a restarted server is followed.
 */
export function startSampler(pids, intervalMs = 100) {
  let peak = 0;
  const sample = () => {
    const total = pids().reduce((sum, pid) => sum + rssBytes(pid), 0);
    peak = Math.max(peak, total);
    return total;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    /** Current summed RSS in bytes. */
    rss: sample,
    /** Summed CPU seconds so far. */
    cpu: () => pids().reduce((sum, pid) => sum + cpuSeconds(pid), 0),
    peak: () => peak,
    resetPeak() {
      peak = 0;
      sample();
    },
    stop: () => clearInterval(timer),
  };
}
