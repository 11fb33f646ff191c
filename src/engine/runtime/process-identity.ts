import { randomBytes } from 'node:crypto';
import { readFileSync, readlinkSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * Who holds an execution lease, as written into `lease_owner`: `host/pid/random/boot/pidns/start`. The first three
 * parts tell people which process it is (the random part tells apart two processes of one host and pid: containers,
 * a restart). The last three let a process on the same machine tell for certain that the holder has ended, so that it
 * need not wait for the lease to run out: the kernel's boot id, the pid namespace and the holder's start time (clock
 * ticks since boot). Within one boot and one pid namespace a pid names one process at a time, and the start time
 * tells a reused pid apart. Where /proc cannot be read (not Linux) the last three are left out, and such owners are
 * never judged ended: their leases run out as before.
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

/** A new owner name for this process. */
export function newLeaseOwner(): string {
  const base = `${hostPart()}/${process.pid}/${randomBytes(6).toString('hex')}`;
  const self = processStat('self');
  return machine && self ? `${base}/${machine.bootId}/${machine.pidNamespace}/${self.startTicks}` : base;
}

/**
 * True only when `owner` names a process of this host, its current boot and this pid namespace that has ended (or is
 * a zombie): no process has its pid, or the one that has it started at another time. False whenever that cannot be
 * told — another machine or container, an older owner name, an unreadable /proc — or the process is alive.
 */
export function leaseOwnerHasEnded(owner: string): boolean {
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
