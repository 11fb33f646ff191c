import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ProbeResult {
  readonly up: boolean;
  readonly latencyMs: number;
  readonly error?: string;
}

const PROBE_TIMEOUT_MS = 2000;

/** Pings the database through the same pool the service uses, bounded so a hung database cannot hang a probe. */
@Injectable()
export class DatabaseProbe {
  constructor(private readonly dataSource: DataSource) {}

  get driver(): string {
    return this.dataSource.options.type === 'postgres' ? 'postgresql' : 'sqlite';
  }

  async ping(): Promise<ProbeResult> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      if (!this.dataSource.isInitialized) throw new Error('database connection is closed');
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout exceeded')), PROBE_TIMEOUT_MS);
        }),
      ]);
      return { up: true, latencyMs: Math.round(performance.now() - started) };
    } catch (err) {
      return { up: false, latencyMs: Math.round(performance.now() - started), error: (err as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }
}
