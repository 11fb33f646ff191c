import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { HealthRoutes, type HealthContract } from '../../generated';
import { MetricsService } from '../../common/metrics/metrics.service';
import { HealthService, type Answer } from './health.service';

/** Public probes. The body is the same on success and failure; only the status tells them apart. */
@Controller()
export class HealthController implements HealthContract {
  constructor(
    private readonly health: HealthService,
    private readonly metrics: MetricsService,
  ) {}

  @HealthRoutes.getHealth()
  async getHealth(@Res({ passthrough: true }) reply?: FastifyReply) {
    return answer(await this.health.health(), reply);
  }

  @HealthRoutes.getHealthLive()
  async getHealthLive() {
    return this.health.live();
  }

  @HealthRoutes.getHealthReady()
  async getHealthReady(@Res({ passthrough: true }) reply?: FastifyReply) {
    return answer(await this.health.readyAsHealth(), reply);
  }

  @HealthRoutes.getReadyz()
  async getReadyz(@Res({ passthrough: true }) reply?: FastifyReply) {
    return answer(await this.health.ready(), reply);
  }

  @HealthRoutes.getVersion()
  async getVersion() {
    return this.health.version();
  }

  @HealthRoutes.getMetrics()
  async getMetrics(@Res({ passthrough: true }) reply?: FastifyReply) {
    const { contentType, body } = await this.metrics.render();
    reply?.header('content-type', contentType);
    return body;
  }
}

function answer<T>(result: Answer<T>, reply?: FastifyReply): T {
  if (!result.ok) reply?.status(503);
  return result.body;
}
