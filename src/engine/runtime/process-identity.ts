import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import { MAX_PRESENCE_LOCK_ID } from './presence-lock';

/**
 * Who holds an execution lease, as written into `lease_owner`: `host/pid/random/boot/pidns/start/presence.<id>`. The
 * first three parts tell people which process it is (the random part tells apart two processes of one host and pid:
 * containers, a restart). The next three let a process on the same machine tell for certain that the holder has
 * ended, so that it need not wait for the lease to run out: the kernel's boot id, the pid namespace and the holder's
 * start time (clock ticks since boot). Within one boot and one pid namespace a pid names one process at a time, and the
 * start time tells a reused pid apart. Where /proc cannot be read (not Linux) those three are left out. The last part,
 * on PostgreSQL only, names the presence lock the holder keeps while it lives (presence-lock.ts): from any machine, a
 * free lock tells that it has ended. An owner with neither is never judged ended: its leases run out as before.
 */
interface ThisMachine {
  readonly bootId: string;
  readonly pidNamespace: string;
}

const machine: ThisMachine | null = (() => {
  try {
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const pidNamespace = /\[(\d+)\]/.exec(readlinkSync('/proc/self/ns/pid'))?.[1];
    return bootId && pidNamespace ? { bootId, pidNamespace } : null;
  } catch {
    return null;
  }
})();

/** State and start time of a process in this pid namespace, from /proc/<pid>/stat; null when it cannot be read. */
function processStat(pid: number | 'self'): { state: string; startTicks: string } | null {
  try {
    // Fields after the command name (which may hold spaces and parentheses): state is the 3rd, starttime the 22nd.
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return fields.length > 19 ? { state: fields[0]!, startTicks: fields[19]! } : null;
  } catch {
    return null;
  }
}

/** The host name as written into owner names: cut so the whole name fits the column (255) with every other part at its longest. */
const hostPart = () => hostname().slice(0, 120);

const PRESENCE_PART = 'presence.';

/** A new owner name for this process; `presenceLock`: the id of the presence lock it holds (PostgreSQL). */
export function newLeaseOwner(presenceLock?: number): string {
  const base = `${hostPart()}/${process.pid}/${randomBytes(6).toString('hex')}`;
  const self = processStat('self');
  const named = machine && self ? `${base}/${machine.bootId}/${machine.pidNamespace}/${self.startTicks}` : base;
  return presenceLock === undefined ? named : `${named}/${PRESENCE_PART}${presenceLock}`;
}

/** The owner name without its presence part, and the id that part names (undefined when it has none or it is malformed). */
function splitPresence(owner: string): { rest: string; presenceLock: number | undefined } {
  const at = owner.lastIndexOf('/');
  const last = owner.slice(at + 1);
  if (at < 0 || !last.startsWith(PRESENCE_PART)) return { rest: owner, presenceLock: undefined };
  const digits = last.slice(PRESENCE_PART.length);
  const id = /^[1-9]\d{0,9}$/.test(digits) ? Number(digits) : NaN;
  return { rest: owner.slice(0, at), presenceLock: id <= MAX_PRESENCE_LOCK_ID ? id : undefined };
}

/**
 * True only when the holder `owner` names can be told to have ended: its presence lock is not among `heldLocks` (the
 * presence locks held on the database now, null when they may not be relied on), or it is a process of this machine
 * that has ended (`processHasEnded`). False whenever neither can be told.
 */
export function leaseOwnerHasEnded(owner: string, heldLocks: ReadonlySet<number> | null = null): boolean {
  const { rest, presenceLock } = splitPresence(owner);
  if (presenceLock !== undefined && heldLocks !== null && !heldLocks.has(presenceLock)) return true;
  return processHasEnded(rest);
}

/**
 * True only when `owner` (without a presence part) names a process of this host, its current boot and this pid
 * namespace that has ended (or is a zombie): no process has its pid, or the one that has it started at another time.
 * False whenever that cannot be told — another machine or container, an older owner name, an unreadable /proc — or
 * the process is alive.
 */
function processHasEnded(owner: string): boolean {
  if (!machine) return false;
  const parts = owner.split('/');
  if (parts.length !== 6) return false;
  const [host, pidText, , bootId, pidNamespace, startTicks] = parts;
  // The host name as well: machines restored from one memory snapshot share a boot id.
  if (host !== hostPart() || bootId !== machine.bootId || pidNamespace !== machine.pidNamespace) return false;
  const pid = Number(pidText);
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0); // signal 0 only asks whether the pid exists
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return true;
    if (code !== 'EPERM') return false; // EPERM: it exists, under another user
  }
  const stat = processStat(pid);
  if (!stat) return false; // hidden from this user (hidepid): assume it is the same process
  return stat.startTicks !== startTicks || stat.state === 'Z' || stat.state === 'X';
}
