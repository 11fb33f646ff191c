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
}
