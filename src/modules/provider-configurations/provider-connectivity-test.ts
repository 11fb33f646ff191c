import { Injectable } from '@nestjs/common';
import { FlkError } from '../../common/errors';
import { maskSecrets } from '../../common/secrets';
import {
  OutboundBlockedError,
  OutboundDnsError,
  OutboundHttp,
  OutboundInvalidUrlError,
  type OutboundResponse,
} from '../../common/outbound';
import { resolveAuth } from '../../engine/executors/auth/auth-settings';
import { CredentialsResolver } from '../../engine/executors/auth/credentials';
import { headBucket } from '../../engine/executors/s3/s3-bucket-probe';
import { s3BucketSettings } from '../../engine/executors/s3/s3-client';
import type { components } from '../../generated';

export type ProviderConfigTestResult = components['schemas']['ProviderConfigTestResultOutput'];
type Stage = components['schemas']['StageTestResultOutput'];
type StageName = Stage['name'];

const STAGE_TIMEOUT_MS = 10_000;
const END_TO_END_MAX_BYTES = 1024 * 1024;
const PROBE_MAX_BYTES = 64 * 1024;
const MAX_REDIRECTS = 5;
const BASE_URL_KEYS = ['base_url', 'onboarding_base_url', 'transaction_base_url'] as const;
/** The catalog's S3 provider, tested through the S3 API rather than a GET of a base URL. */
const S3_PROVIDER_ID = 's3';

const SUMMARIES: Record<ProviderConfigTestResult['overallStatus'], string> = {
  passed: 'All connectivity checks passed.',
  failed: 'The provider could not be reached or rejected every check.',
  partial: 'Some connectivity checks passed and others failed; see the stages for details.',
};

/**
 * Probes a provider's base URL in three stages (connectivity, authentication, end to end) through OutboundHttp:
 * every request is checked against the SSRF policy on the address actually dialled, and HTTPS certificates are
 * verified against the real host name. Nothing is stored; secrets never appear in the report (the URL it shows has
 * the values of secret query parameters masked).
 */
@Injectable()
export class ProviderConnectivityTester {
  constructor(
    private readonly http: OutboundHttp,
    private readonly credentialsResolver: CredentialsResolver,
  ) {}

  async run(providerConfigId: string, providerId: string, config: Record<string, unknown>): Promise<ProviderConfigTestResult> {
    const startedAt = new Date();
    const stages = providerId === S3_PROVIDER_ID ? await this.s3Stages(config) : await this.httpStages(providerConfigId, config);
    appendSkipped(stages);

    const completedAt = new Date();
    const overallStatus = overall(stages);
    return {
      providerConfigId,
      providerId,
      overallStatus,
      durationMs: completedAt.getTime() - startedAt.getTime(),
      stages,
      summary: SUMMARIES[overallStatus],
      startedAt: startedAt.toISOString(),
      completedAt: completedAt.toISOString(),
    };
  }

  /** An HTTP provider: its base URL plain, with the configured credentials, then read in full. */
  private async httpStages(providerConfigId: string, config: Record<string, unknown>): Promise<Stage[]> {
    const base = await this.usableBaseUrl(config);
    const stages: Stage[] = [await this.connectivityStage(base)];
    if (failedBefore(stages)) return stages;

    const started = performance.now();
    let credentials: Credentials | undefined;
    try {
      credentials = await this.credentials(providerConfigId, config);
    } catch (err) {
      // An `auth` that cannot be used (a token endpoint refusing the client, say) fails here, as every execution would.
      const error = err instanceof Error ? err.message : String(err);
      stages.push({ name: 'authentication', status: 'failed', durationMs: elapsed(started), message: 'Credentials could not be obtained', error });
      return stages;
    }
    const authenticated = credentials === undefined ? base : withQuery(base, credentials.query);

    if (credentials === undefined) {
      stages.push({ name: 'authentication', status: 'skipped', durationMs: 0, message: 'No api_key, auth or headers configured' });
    } else {
      stages.push(
        await this.stage('authentication', authenticated, credentials.headers, PROBE_MAX_BYTES, (res) => {
          const rejected = res.status === 401 || res.status === 403 || res.status >= 500;
          return {
            ok: !rejected,
            details: { statusCode: res.status, responseTimeMs: res.durationMs, hasApiKey: credentials.hasApiKey, headerCount: credentials.headerCount },
            message: rejected ? `Credentials not accepted: ${res.statusText}` : 'Credentials accepted',
          };
        }, base),
      );
    }

    if (!failedBefore(stages)) {
      stages.push(
        await this.stage('end_to_end', authenticated, credentials?.headers ?? {}, END_TO_END_MAX_BYTES, (res) => {
          const ok = res.status >= 200 && res.status < 300;
          return {
            ok,
            details: {
              statusCode: res.status,
              responseTimeMs: res.durationMs,
              responseBodyLen: res.body.length,
              contentType: res.headers['content-type'] ?? '',
            },
            message: ok ? 'Full response received' : `Unexpected status ${res.statusText}`,
          };
        }, base),
      );
    }
    return stages;
  }

  /**
   * An S3 bucket: its endpoint plain, then a signed HeadBucket with the configured keys. Nothing is read in full:
   * the executor only writes objects, and a test must not write.
   */
  private async s3Stages(config: Record<string, unknown>): Promise<Stage[]> {
    const settings = s3BucketSettings(
      config,
      (name) => new FlkError('FLK-0340', `The configuration has no ${name}.`),
      (raw) => raw.trim(),
    );
    const base = await this.usableUrl(settings.endpoint ?? `https://s3.${settings.region}.amazonaws.com/`, settings.endpoint ? 'endpoint' : 'region');
    const stages: Stage[] = [await this.connectivityStage(base)];
    if (failedBefore(stages)) return stages;

    const started = performance.now();
    const where = { bucket: settings.bucket, region: settings.region };
    try {
      const answer = await headBucket(this.http, { ...settings, endpoint: settings.endpoint && base }, STAGE_TIMEOUT_MS);
      const ok = answer.status >= 200 && answer.status < 300;
      const said = `${answer.statusText}${answer.s3Code ? ` (${answer.s3Code})` : ''}`;
      const message = ok
        ? 'Credentials accepted; the bucket is reachable'
        : answer.status === 404
          ? `Bucket not found: ${said}`
          : answer.status === 401 || answer.status === 403
            ? `Credentials not accepted: ${said}`
            : `Unexpected answer to HeadBucket: ${said}`;
      stages.push({
        name: 'authentication',
        status: ok ? 'passed' : 'failed',
        durationMs: elapsed(started),
        message,
        details: { statusCode: answer.status, responseTimeMs: elapsed(started), ...where },
        ...(ok ? {} : { error: `unexpected status ${answer.status}` }),
      });
    } catch (err) {
      stages.push({
        name: 'authentication',
        status: 'failed',
        durationMs: elapsed(started),
        message: 'Request failed',
        details: { url: maskSecrets(base), ...where },
        error: err instanceof Error ? err.message : String(err),
      });
    }
    if (!failedBefore(stages)) {
      stages.push({ name: 'end_to_end', status: 'skipped', durationMs: 0, message: 'An S3 bucket is checked up to HeadBucket: the test writes no object' });
    }
    return stages;
  }

  private connectivityStage(base: string): Promise<Stage> {
    return this.stage('connectivity', base, {}, PROBE_MAX_BYTES, (res) => ({
      ok: res.status < 500,
      details: { statusCode: res.status, responseTimeMs: res.durationMs, url: maskSecrets(base) },
      message: res.status < 500 ? 'Endpoint reachable' : `Endpoint answered ${res.statusText}`,
    }));
  }

  /** The first base URL key with a string value, made usable (usableUrl). */
  private async usableBaseUrl(config: Record<string, unknown>): Promise<string> {
    const key = BASE_URL_KEYS.find((k) => typeof config[k] === 'string' && (config[k] as string).trim() !== '');
    if (!key) {
      throw new FlkError('FLK-0340', 'The configuration has no base URL to test (base_url, onboarding_base_url or transaction_base_url).');
    }
    return this.usableUrl(config[key] as string, key);
  }

  /** `raw` as a URL the stages may call (`key` names the setting in errors): 422 FLK-0340 if unusable, FLK-0341 if refused. */
  private async usableUrl(raw: string, key: string): Promise<string> {
    let url: URL;
    try {
      url = new URL(raw.trim());
    } catch {
      throw new FlkError('FLK-0340', `${key} is not an absolute URL.`);
    }
    if (!url.hostname) throw new FlkError('FLK-0340', `${key} has no host.`);
    // Credentials in the URL would be sent and echoed in the report; the stages use only the configured ones.
    url.username = '';
    url.password = '';
    try {
      await this.http.assertAllowed(url.toString());
    } catch (err) {
      if (err instanceof OutboundBlockedError || err instanceof OutboundDnsError || err instanceof OutboundInvalidUrlError) {
        throw new FlkError('FLK-0341', `${key} cannot be tested: ${err.message}.`);
      }
      throw err;
    }
    return url.toString();
  }

  /**
   * How the authentication and end-to-end stages authenticate. A configuration with an `auth` object (or the flat
   * `auth_type` form) is tested with the credentials its executions send, a token fetched afresh for the token flows;
   * without one, upstream's test is kept: `Authorization: Bearer <api_key>`. Configured `headers` come last (they may
   * override). Undefined when nothing authenticates.
   */
  private async credentials(providerConfigId: string, config: Record<string, unknown>): Promise<Credentials | undefined> {
    const headerEntries = configuredHeaders(config);
    const apiKey = typeof config.api_key === 'string' && config.api_key !== '' ? config.api_key : undefined;
    const hasAuth = (config.auth !== null && typeof config.auth === 'object' && !Array.isArray(config.auth)) || typeof config.auth_type === 'string';
    const auth = hasAuth ? resolveAuth(config) : undefined;
    const usesAuth = auth !== undefined && auth.type !== 'none';
    if (!usesAuth && apiKey === undefined && !('headers' in config)) return undefined;
    let headers: Record<string, string> = apiKey && !usesAuth ? { Authorization: `Bearer ${apiKey}` } : {};
    let query: Record<string, string> = {};
    if (usesAuth) {
      this.credentialsResolver.forgetToken(providerConfigId);
      const signal = AbortSignal.timeout(STAGE_TIMEOUT_MS);
      ({ headers, query } = await this.credentialsResolver.resolve(auth, { owner: providerConfigId, timeoutMs: STAGE_TIMEOUT_MS, signal }));
      headers = { ...headers };
    }
    for (const [name, value] of headerEntries) {
      if (/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) && !/[\r\n]/.test(value)) headers[name] = value;
    }
    return { headers, query, hasApiKey: apiKey !== undefined || usesAuth, headerCount: headerEntries.length };
  }

  private async stage(
    name: StageName,
    url: string,
    headers: Record<string, string>,
    maxResponseBytes: number,
    judge: (res: OutboundResponse) => { ok: boolean; details: Record<string, unknown>; message: string },
    shown = url,
  ): Promise<Stage> {
    const started = performance.now();
    try {
      const res = await this.http.request({
        url,
        method: 'GET',
        headers: { Accept: 'application/json, */*;q=0.5', ...headers },
        timeoutMs: STAGE_TIMEOUT_MS,
        maxResponseBytes,
        maxRedirects: MAX_REDIRECTS,
      });
      const verdict = judge(res);
      return {
        name,
        status: verdict.ok ? 'passed' : 'failed',
        durationMs: elapsed(started),
        message: verdict.message,
        details: verdict.details,
        ...(verdict.ok ? {} : { error: `unexpected status ${res.status}` }),
      };
    } catch (err) {
      return {
        name,
        status: 'failed',
        durationMs: elapsed(started),
        message: 'Request failed',
        // The URL without the query credentials may add: their parameter name need not look secret (`query_param_name`).
        details: { url: maskSecrets(shown) },
        error: err instanceof Error ? err.message : String(err),
      };
    }
  }
}

interface Credentials {
  headers: Record<string, string>;
  /** Query parameters carrying credentials (an api_key `auth` sent in the query). */
  query: Record<string, string>;
  hasApiKey: boolean;
  headerCount: number;
}

/** The string entries of the configured `headers`. */
function configuredHeaders(config: Record<string, unknown>): Array<[string, string]> {
  return config.headers && typeof config.headers === 'object' && !Array.isArray(config.headers)
    ? Object.entries(config.headers as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string')
    : [];
}

function withQuery(url: string, query: Record<string, string>): string {
  if (Object.keys(query).length === 0) return url;
  const parsed = new URL(url);
  for (const [name, value] of Object.entries(query)) parsed.searchParams.set(name, value);
  return parsed.toString();
}

function failedBefore(stages: Stage[]): boolean {
  return stages.some((s) => s.status === 'failed');
}

/** After a failure, each stage not run is reported as skipped, naming the stage that failed. */
function appendSkipped(stages: Stage[]): void {
  const failed = stages.find((s) => s.status === 'failed');
  if (!failed) return;
  for (const name of ['connectivity', 'authentication', 'end_to_end'] as const) {
    if (!stages.some((s) => s.name === name)) {
      stages.push({ name, status: 'skipped', durationMs: 0, message: `Skipped because the ${failed.name} stage failed` });
    }
  }
}

function overall(stages: Stage[]): ProviderConfigTestResult['overallStatus'] {
  const ran = stages.filter((s) => s.status !== 'skipped');
  const failures = ran.filter((s) => s.status === 'failed').length;
  if (failures === 0) return 'passed';
  return failures === ran.length ? 'failed' : 'partial';
}

function elapsed(started: number): number {
  return Math.max(0, Math.round(performance.now() - started));
}
