/** The bare-Fastify baseline every benchmark compares against: small JSON answers, no plugins, no logging. */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
app.post('/echo', async (request) => ({ received: request.body }));
await app.listen({ port: Number(process.argv[2]), host: '127.0.0.1' });
