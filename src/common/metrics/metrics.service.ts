import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/**
 * The service's Prometheus registry (one per app instance, so tests can run several apps in one process).
 * Modules add their own metrics with `counter`/`gauge`/`histogram`, which return the same metric for the same name.
 */
@Injectable()
export class MetricsService implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly metrics = new Map<string, Counter | Gauge | Histogram>();
  private readonly httpDuration: Histogram;
  /** Labelled children by route template, method and status: looked up without building (and hashing) a key string. */
  private readonly httpChildren = new Map<string, Map<string, Map<number, ReturnType<Histogram['labels']>>>>();

  constructor(private readonly dataSource: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = this.histogram('flowker_http_request_duration_seconds', 'HTTP request latency by route and status', ['method', 'route', 'status_code'], [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]);
    this.gauge('flowker_db_pool_connections', 'Database pool connections by state (PostgreSQL; SQLite reports one busy-capable connection)', ['state'], (g) => this.collectPool(g));
  }

  /** Called once per response, with the route template (never the raw URL: ids would explode the label set). */
  observeHttp(method: string, route: string, statusCode: number, seconds: number): void {
    // One labelled child per (method, route template, status): a finite set, looked up without prom-client hashing.
    let byMethod = this.httpChildren.get(route);
    if (!byMethod) this.httpChildren.set(route, (byMethod = new Map()));
    let byStatus = byMethod.get(method);
    if (!byStatus) byMethod.set(method, (byStatus = new Map()));
    let child = byStatus.get(statusCode);
    if (!child) byStatus.set(statusCode, (child = this.httpDuration.labels(method, route, String(statusCode))));
    child.observe(seconds);
  }

  counter(name: string, help: string, labelNames: string[] = []): Counter {
    return this.memo(name, () => new Counter({ name, help, labelNames, registers: [this.registry] })) as Counter;
  }

  gauge(name: string, help: string, labelNames: string[] = [], collect?: (g: Gauge) => void | Promise<void>): Gauge {
    return this.memo(name, () =>
      new Gauge({ name, help, labelNames, registers: [this.registry], ...(collect ? { collect() { return collect(this); } } : {}) }),
    ) as Gauge;
  }

  histogram(name: string, help: string, labelNames: string[] = [], buckets?: number[]): Histogram {
    return this.memo(name, () => new Histogram({ name, help, labelNames, registers: [this.registry], ...(buckets ? { buckets } : {}) })) as Histogram;
  }

  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }

  private memo(name: string, create: () => Counter | Gauge | Histogram) {
    let metric = this.metrics.get(name);
    if (!metric) {
      metric = create();
      this.metrics.set(name, metric);
    }
    return metric;
  }

  private collectPool(gauge: Gauge): void {
    const pool = (this.dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
    if (pool && typeof pool.totalCount === 'number') {
      gauge.labels('total').set(pool.totalCount);
      gauge.labels('idle').set(pool.idleCount);
      gauge.labels('waiting').set(pool.waitingCount);
    } else {
      gauge.labels('total').set(this.dataSource.isInitialized ? 1 : 0);
    }
  }
}
