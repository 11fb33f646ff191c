import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { onSendHookHandler } from 'fastify';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import YAML from 'yaml';

/**
 * The spec is found from the project root, so compiled code and tests load the same file: both dist/modules/docs
 * and src/modules/docs sit three levels below it.
 */
export const SPEC_FILE = path.resolve(__dirname, '..', '..', '..', 'openapi', 'flowker.yaml');

let cached: OpenAPIObject | undefined;

export function loadSpec(): OpenAPIObject {
  cached ??= YAML.parse(readFileSync(SPEC_FILE, 'utf8')) as OpenAPIObject;
  return cached;
}

/**
 * Swagger UI at /swagger serving the hand-written spec from openapi/ (never a document rebuilt from decorators),
 * plus the raw document at /swagger/openapi.yaml and /swagger/openapi.json. All public.
 */
const YAML_DOCUMENT = '/swagger/openapi.yaml';

export function setupSwagger(app: NestFastifyApplication): void {
  // The registered YAML media type (RFC 9512) rather than the legacy text/yaml Swagger UI's server sends. A hook of
  // that one route (added as Swagger registers it), not of every response.
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRoute', (route) => {
    if (route.url !== YAML_DOCUMENT) return;
    const yamlType: onSendHookHandler = (_request, reply, payload, done) => {
      reply.header('content-type', 'application/yaml; charset=utf-8');
      done(null, payload);
    };
    route.onSend = [...[route.onSend ?? []].flat(), yamlType];
  });
  // Served exactly as written: the spec's first server is relative, so "Try it out" calls the instance serving the page.
  SwaggerModule.setup('swagger', app, loadSpec(), {
    jsonDocumentUrl: 'swagger/openapi.json',
    yamlDocumentUrl: 'swagger/openapi.yaml',
    customSiteTitle: 'Flowker API',
    swaggerOptions: { persistAuthorization: true, displayRequestDuration: true, tryItOutEnabled: false },
  });
}
