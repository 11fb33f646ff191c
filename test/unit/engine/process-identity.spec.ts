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
});
