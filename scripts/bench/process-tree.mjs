// Runs a command and measures its wall time and memory, in pure Node (no GNU time needed).
// Memory comes from Linux's /proc, sampled every `intervalMs` while the command runs:
// - peakTreeRssMB: the highest sum of VmRSS over the command's whole process tree (npx, the
//   shell it starts, the astro node process, pagefind's binary, …) seen in any sample. Pages
//   shared between processes count once per process, and a spike shorter than the
//   interval can be missed.
// - peakProcessHwmMB: the largest VmHWM (the kernel's own RSS high-water mark) of any single
//   process in the tree, as last read before it exited: the astro node process in practice.
// Elsewhere than Linux both are null.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';

const PROC = '/proc';

/** pid → parent pid, for every process visible in /proc. */
function parents() {
  const map = new Map();
  for (const name of readdirSync(PROC)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`${PROC}/${name}/stat`, 'utf8');
      // The command name (field 2) is in parentheses and may hold spaces: read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // exited meanwhile
    }
  }
  return map;
}

/** `root` and all its descendants. */
function tree(root) {
  const map = parents();
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, ppid] of map) if (ppid === out[i]) out.push(pid);
  return out;
}

/** The command line of `pid`, paths shortened to their last segment (e.g. `node astro build --force`). */
function commandLine(pid) {
  try {
    const argv = readFileSync(`${PROC}/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return argv.map((a) => (a.includes('/') && !a.startsWith('-') ? basename(a) : a)).join(' ').slice(0, 80);
  } catch {
    return '?';
  }
}

/** VmRSS and VmHWM of `pid` in kB, or null once it has gone. */
function memory(pid) {
  try {
    const status = readFileSync(`${PROC}/${pid}/status`, 'utf8');
    const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** Commands measureCommand() has started that are still running. */
const running = new Set();

/** Ends the process tree of every command still running (e.g. on Ctrl-C). */
export function stopAll() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

/**
 * Runs `command args` in `cwd` with output to `log` (a writable stream or 'ignore'), sampling
 * memory. Resolves with { code, seconds, peakTreeRssMB, peakProcessHwmMB, peakProcess }.
 */
export function measureCommand(command, args, { cwd, env, log = 'ignore', intervalMs = 100 } = {}) {
  const canSample = existsSync(`${PROC}/self/status`);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // Its own process group, so that stopAll() can end the whole tree at once.
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', log === 'ignore' ? 'ignore' : 'pipe', log === 'ignore' ? 'ignore' : 'pipe'] });
    if (log !== 'ignore') {
      child.stdout.pipe(log, { end: false });
      child.stderr.pipe(log, { end: false });
    }
    running.add(child);
    let peakTree = 0;
    const hwm = new Map();
    const sample = () => {
      if (!canSample || child.exitCode !== null) return;
      let sum = 0;
      for (const pid of tree(child.pid)) {
        const m = memory(pid);
        if (!m) continue;
        sum += m.rss;
        if (m.hwm > (hwm.get(pid)?.hwm ?? 0)) hwm.set(pid, { hwm: m.hwm, name: hwm.get(pid)?.name ?? commandLine(pid) });
      }
      peakTree = Math.max(peakTree, sum);
    };
    const timer = setInterval(sample, intervalMs);
    child.once('spawn', sample);
    child.once('error', (err) => {
      running.delete(child);
      clearInterval(timer);
      reject(err);
    });
    child.once('close', (code, signal) => {
      running.delete(child);
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const top = [...hwm.values()].sort((a, b) => b.hwm - a.hwm)[0];
      const mb = (kb) => (canSample ? Math.round(kb / 1024) : null);
      resolve({ code: code ?? (signal ? `signal ${signal}` : null), seconds, peakTreeRssMB: mb(peakTree), peakProcessHwmMB: mb(top?.hwm ?? 0), peakProcess: top?.name ?? null });
    });
  });
}
