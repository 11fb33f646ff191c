import fastifyCors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';

/**
 * CORS through @fastify/cors, run only for the requests CORS is about: those that carry an `Origin` header (browsers
 * send it on every cross-origin request). Servers calling webhooks, curl and the typed clients send none, and the
 * plugin's per-request work (option objects spread twice, header lists joined) was a few per cent of the webhook
 * path's CPU and about a quarter of the bytes promoted out of the young generation under load. Every answer it
 * skips says `Vary: Origin`, so a shared cache never hands it to a browser.
 *
 * An OPTIONS request is a preflight only with `Origin` and `Access-Control-Request-Method`; any other OPTIONS
 * (`curl -X OPTIONS`, or an Origin alone) is routed like a method the path does not take (405 FLK-0005 with Allow,
 * 404, or 401 without a key) instead of getting the plugin's plain-text 400.
 */
export function installCors(fastify: FastifyInstance, options: FastifyCorsOptions): void {
  let corsHook: onRequestHookHandler | undefined;
  // The plugin adds its request hook to the instance it is given: that hook is kept here and run behind the
  // Origin check; everything else (the preflight route, the request decorator) goes to the root instance, as
  // Nest's own enableCors does.
  const capturing: FastifyInstance = new Proxy(fastify, {
    get(target, property) {
      if (property === 'addHook') {
        return (name: string, hook: onRequestHookHandler) => {
          if (name === 'onRequest' && !corsHook) {
            corsHook = hook;
            return capturing;
          }
          return (target.addHook as (n: string, h: unknown) => FastifyInstance)(name, hook);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  fastifyCors(capturing, { ...options, hook: 'onRequest' }, (error) => {
    if (error) throw error;
  });
  const hook = corsHook;
  if (!hook) throw new Error('@fastify/cors did not add its request hook');
  fastify.addHook('onRequest', function corsForBrowsers(request, reply, done) {
    const { origin } = request.headers;
    if (origin === undefined || (request.method === 'OPTIONS' && request.headers['access-control-request-method'] === undefined)) {
      void reply.header('Vary', 'Origin');
      done();
      return;
    }
    void hook.call(this, request, reply, done);
  });
}
