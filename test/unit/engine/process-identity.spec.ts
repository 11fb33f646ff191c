import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { leaseOwnerHasEnded, newLeaseOwner } from '../../../src/engine/runtime/process-identity';

// The identity parts come from /proc: on a machine without it owners have three parts and are never judged ended.
const linux = existsSync('/proc/self/stat');

(linux ? describe : describe.skip)('lease owners of this machine', () => {
  const own = newLeaseOwner();
  const [host, pid, random, bootId, pidNamespace, startTicks] = own.split('/');
  const owner = (over: { host?: string; pid?: string | number; bootId?: string; pidNamespace?: string; startTicks?: string }) =>
    [over.host ?? host, over.pid ?? pid, random, over.bootId ?? bootId, over.pidNamespace ?? pidNamespace, over.startTicks ?? startTicks].join('/');

  it('name the host, pid, a random part, the boot, the pid namespace and the start time, within the column', () => {
    expect(own.split('/')).toHaveLength(6);
    expect(Number(pid)).toBe(process.pid);
    expect(bootId).toMatch(/^[0-9a-f-]{36}$/);
    expect(own.length).toBeLessThanOrEqual(255);
    expect(newLeaseOwner()).not.toBe(own); // two owners of one process differ by their random part
  });

  it('a live process has not ended, whichever of its owners is asked', () => {
    expect(leaseOwnerHasEnded(own)).toBe(false);
    expect(leaseOwnerHasEnded(newLeaseOwner())).toBe(false);
    expect(leaseOwnerHasEnded(owner({ pid: 1, startTicks: '1' }))).toBe(true); // pid 1 exists but started at another time
  });

  it('a process that exited has ended; so has an earlier process that had the same pid', () => {
    const exited = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(leaseOwnerHasEnded(owner({ pid: exited }))).toBe(true);
    expect(leaseOwnerHasEnded(owner({ startTicks: String(Number(startTicks) - 1) }))).toBe(true);
  });

  it('cannot be told (so never ended) for another host, boot or pid namespace, an older owner name or a malformed one', () => {
    const exited = spawnSync(process.execPath, ['-e', '0']).pid;
    expect(leaseOwnerHasEnded(owner({ pid: exited }))).toBe(true);
    expect(leaseOwnerHasEnded(owner({ pid: exited, host: `${host}-clone` }))).toBe(false);
    expect(leaseOwnerHasEnded(owner({ pid: exited, bootId: '00000000-0000-0000-0000-000000000000' }))).toBe(false);
    expect(leaseOwnerHasEnded(owner({ pid: exited, pidNamespace: '1' }))).toBe(false);
    expect(leaseOwnerHasEnded(`${host}/${exited}/${random}`)).toBe(false);
    expect(leaseOwnerHasEnded(owner({ pid: 'x' }))).toBe(false);
    expect(leaseOwnerHasEnded(owner({ pid: -1 }))).toBe(false);
    expect(leaseOwnerHasEnded('')).toBe(false);
  });

  it('with a presence part: ended when its lock is not held, and judged as before when the held locks are unknown', () => {
    const exited = spawnSync(process.execPath, ['-e', '0']).pid;
    const elsewhere = `elsewhere/4242/${random}/00000000-0000-0000-0000-000000000000/1/1`;
    const locked = newLeaseOwner(77);
    expect(locked.split('/')).toHaveLength(7);
    expect(locked.endsWith('/presence.77')).toBe(true);
    expect(locked.length).toBeLessThanOrEqual(255);
    // Another machine's holder: only its lock can tell.
    expect(leaseOwnerHasEnded(`${elsewhere}/presence.77`, new Set([5, 77]))).toBe(false);
    expect(leaseOwnerHasEnded(`${elsewhere}/presence.77`, new Set([5]))).toBe(true);
    expect(leaseOwnerHasEnded(`${elsewhere}/presence.77`, null)).toBe(false);
    expect(leaseOwnerHasEnded(`${host}/${exited}/${random}/presence.77`, new Set())).toBe(true); // no /proc parts
    // This machine's: a live process holding its lock stays alive; an ended one has ended whatever the locks say.
    expect(leaseOwnerHasEnded(locked, new Set([77]))).toBe(false);
    expect(leaseOwnerHasEnded(`${owner({ pid: exited })}/presence.77`, new Set([77]))).toBe(true);
    expect(leaseOwnerHasEnded(`${owner({ pid: exited })}/presence.77`, null)).toBe(true);
    // A holder without a presence part, or with a malformed one, is never judged by the locks.
    expect(leaseOwnerHasEnded(elsewhere, new Set())).toBe(false);
    for (const part of ['presence.', 'presence.0', 'presence.x', 'presence.07', 'presence.2147483648', 'presence.-1', 'presences.7']) {
      expect(leaseOwnerHasEnded(`${elsewhere}/${part}`, new Set())).toBe(false);
    }
  });
});
