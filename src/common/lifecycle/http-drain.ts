import type { Server } from 'node:http';
import net, { type Socket } from 'node:net';
import type { LifecycleService } from './lifecycle.service';

/** How long, after the listener has closed, a connection that has no request in progress may still bring one. */
export const IDLE_CONNECTION_GRACE_MS = 1_000;
/** Before the listener closes: no new connection for this long means the accept queue is empty … */
const SETTLED_AFTER_MS = 100;
/** … and the listener closes after this long at most, however busy. */
const SETTLE_AT_MOST_MS = 1_000;

interface ConnectionState {
  /** Requests read on this connection whose answer has not been sent yet. */
  busy: number;
}

/**
 * Ends an HTTP/1.1 server's connections without cutting a request it has read, and with as few resets as the
 * protocol allows. Measured under keep-alive load (32 and 8 clients on a saturated server), the resets of a SIGTERM
 * were of two kinds. (1) Connections waiting in the system's accept queue when the listener closed: the system resets
 * them, unread. While draining, every answer ends its connection (app.factory.ts), so every client was forever
 * queueing a new one: nearly all clients were in that queue at any instant. (2) Connections open but without a request
 * in progress (just accepted, or keep-alive between requests), which http.Server.close destroys while the client may
 * be writing. So: answers keep their connection for a moment first, until no new connection has come for
 * SETTLED_AFTER_MS (the queue is empty); then the listener alone closes, answers end their connections again, every
 * open connection may bring one more request during IDLE_CONNECTION_GRACE_MS, and only the idle ones left are closed.
 * Requests in progress are always waited for. A request written on an idle connection at the very moment it is
 * closed, or a connection made at the very moment the listener closes, is still reset: HTTP/1.1 has no way to tell
 * a client beforehand (docs/deployment.md).
 */
export class HttpDrain {
  private readonly connections = new Map<Socket, ConnectionState>();
  private readonly waiters = new Set<() => void>();
  private lastConnectionAt = 0;

  constructor(
    private readonly server: Server,
    private readonly lifecycle: LifecycleService,
  ) {
    server.on('connection', (socket: Socket) => {
      this.lastConnectionAt = Date.now();
      this.connections.set(socket, { busy: 0 });
      socket.once('close', () => {
        this.connections.delete(socket);
        this.changed();
      });
    });
    server.on('request', (request, response) => {
      const state = this.connections.get(request.socket as Socket);
      if (state === undefined) return;
      state.busy++;
      response.once('close', () => {
        state.busy--;
        this.changed();
      });
    });
  }

  /** Stops taking connections, then resolves once every connection has ended; see the class comment. */
  async close(graceMs = IDLE_CONNECTION_GRACE_MS): Promise<void> {
    if (this.server.listening) {
      this.lifecycle.holdConnections(true);
      // Clients sent away by the answers just before may still be queueing: the quiet is counted from now.
      this.lastConnectionAt = Date.now();
      const settleBy = Date.now() + SETTLE_AT_MOST_MS;
      while (Date.now() - this.lastConnectionAt < SETTLED_AFTER_MS && Date.now() < settleBy) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // net.Server's own close: stops listening without http.Server's sweep of idle connections.
      net.Server.prototype.close.call(this.server);
      this.lifecycle.holdConnections(false);
    }
    let graceOver = false;
    const grace = setTimeout(() => {
      graceOver = true;
      this.changed();
    }, graceMs);
    try {
      await this.until(() => this.connections.size === 0 || (graceOver && !this.anyBusy()));
    } finally {
      clearTimeout(grace);
    }
    // Only idle connections remain, or none; a request that began since is waited for like the others. Node counts a
    // connection idle only once it has answered a request: one that never sent a byte is closed here.
    this.server.closeIdleConnections();
    for (const [socket, state] of this.connections) if (state.busy === 0 && socket.bytesRead === 0) socket.destroy();
    await this.until(() => this.connections.size === 0);
  }

  private anyBusy(): boolean {
    for (const state of this.connections.values()) if (state.busy > 0) return true;
    return false;
  }

  private until(condition: () => boolean): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!condition()) return;
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
  }

  private changed(): void {
    for (const check of [...this.waiters]) check();
  }
}
