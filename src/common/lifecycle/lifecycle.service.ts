import { Injectable } from '@nestjs/common';

/** Process-wide run state: readiness turns false as soon as shutdown begins. */
@Injectable()
export class LifecycleService {
  readonly startedAt = Date.now();
  private drainingSince: number | null = null;

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  beginDrain(): void {
    this.drainingSince ??= Date.now();
  }

  /**
   * Whether an answer ends its connection: while draining, except during the moment before the listener closes
   * (HttpDrain), when clients must stay on the connections they have instead of queueing new ones.
   */
  get closesConnections(): boolean {
    return this.draining && !this.holdingConnections;
  }

  private holdingConnections = false;

  holdConnections(hold: boolean): void {
    this.holdingConnections = hold;
  }
}
