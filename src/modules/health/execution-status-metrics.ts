import { Injectable } from '@nestjs/common';
import { MetricsService } from '../../common/metrics/metrics.service';
import { DashboardsRepository } from '../dashboards/dashboards.repository';
import { EXECUTION_STATUSES } from '../executions/execution.types';

/** A scrape re-counts at most this often; Prometheus scrapers (and several of them) do not each cost a query. */
const CACHE_MS = 5_000;

/**
 * `flowker_executions{status}`: executions in the database by status, counted in one statement at scrape time, so
 * every instance reports the same, cluster-wide figures.
 */
@Injectable()
export class ExecutionStatusMetrics {
  private cached: { at: number; counts: Map<string, number> } | null = null;

  constructor(
    private readonly dashboards: DashboardsRepository,
    metrics: MetricsService,
  ) {
    metrics.gauge('flowker_executions', 'Executions stored, by status (whole database, cached up to 5 s)', ['status'], async (gauge) => {
      const counts = await this.counts();
      if (!counts) return;
      for (const status of EXECUTION_STATUSES) gauge.labels(status).set(counts.get(status) ?? 0);
    });
  }

  private async counts(): Promise<Map<string, number> | null> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.counts;
    try {
      this.cached = { at: Date.now(), counts: await this.dashboards.executionsByStatus({}) };
      return this.cached.counts;
    } catch {
      return this.cached?.counts ?? null; // database down: the last known figures, or none
    }
  }
}
