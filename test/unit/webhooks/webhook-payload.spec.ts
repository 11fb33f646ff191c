import { FlkError } from '../../../src/common/errors';
import { assertAcceptedContentType, buildInputData, canonicalHeaderName, type WebhookCall } from '../../../src/modules/webhooks/webhook-payload';

const call = (over: Partial<WebhookCall> = {}): WebhookCall => ({
  method: 'POST',
  rawPath: 'orders%2Fpaid',
  headers: { 'content-type': 'application/json' },
  query: {},
  remoteIp: '127.0.0.1',
  contentType: 'application/json',
  body: Buffer.alloc(0),
  ...over,
});
const parse = (text: string) => JSON.parse(text) as unknown;
const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as FlkError).code;
  }
  return 'no error';
};

describe('webhook input data', () => {
  it('a JSON object is the input; a client _webhook is replaced', () => {
    const input = buildInputData(call({ body: Buffer.from('{"a":1,"_webhook":"spoof"}') }), parse);
    expect(input.a).toBe(1);
    expect(input._webhook).toEqual({ method: 'POST', path: 'orders%2Fpaid', headers: { 'Content-Type': 'application/json' }, query: {}, remote_ip: '127.0.0.1' });
  });

  it('an empty body (even as JSON) is {}', () => {
    expect(Object.keys(buildInputData(call(), parse))).toEqual(['_webhook']);
    expect(Object.keys(buildInputData(call({ body: Buffer.from('  ') }), parse))).toEqual(['_webhook']);
  });

  it.each(['[1,2]', '"text"', '42', 'null', '{"a":'])('JSON that is not an object (%s) is 400 FLK-0001', (text) => {
    expect(codeOf(() => buildInputData(call({ body: Buffer.from(text) }), parse))).toBe('FLK-0001');
  });

  it('text-like bodies are kept as text with their content type', () => {
    const form = buildInputData(call({ contentType: 'application/x-www-form-urlencoded', body: Buffer.from('a=1&b=%C3%A9') }), parse);
    expect(form).toMatchObject({ body: 'a=1&b=%C3%A9', contentType: 'application/x-www-form-urlencoded', encoding: 'utf8' });
    const xml = buildInputData(call({ contentType: 'application/xml; charset=utf-8', body: Buffer.from('<a>é</a>') }), parse);
    expect(xml).toMatchObject({ body: '<a>é</a>', contentType: 'application/xml; charset=utf-8', encoding: 'utf8' });
  });

  it('binary bodies, invalid UTF-8 text and bodies without a type are base64', () => {
    const bytes = Buffer.from([0, 255, 1, 254]);
    expect(buildInputData(call({ contentType: 'application/octet-stream', body: bytes }), parse)).toMatchObject({ body: bytes.toString('base64'), encoding: 'base64' });
    expect(buildInputData(call({ contentType: 'text/plain', body: bytes }), parse)).toMatchObject({ encoding: 'base64' });
    expect(buildInputData(call({ contentType: undefined, body: bytes }), parse)).toMatchObject({ contentType: 'application/octet-stream', encoding: 'base64' });
  });

  it('credentials and signatures never reach the execution; token leaves the query', () => {
    const input = buildInputData(
      call({
        headers: {
          authorization: 'Bearer s', 'x-api-key': 'k', 'x-webhook-token': 't', cookie: 'c', 'stripe-signature': 'x',
          'x-hub-signature-256': 'y', 'webhook-signature': 'z', 'x-request-id': 'r1', 'x-multi': ['1', '2'],
        },
        query: { token: 'secret', a: '2' },
      }),
      parse,
    );
    expect(input._webhook).toMatchObject({ headers: { 'X-Request-Id': 'r1', 'X-Multi': '2' }, query: { a: '2' } });
    expect(JSON.stringify(input)).not.toMatch(/Bearer s|secret|"k"|"t"|"c"/);
  });

  it('multipart is refused with 415 FLK-0007; other types pass', () => {
    expect(codeOf(() => assertAcceptedContentType('multipart/form-data; boundary=x'))).toBe('FLK-0007');
    expect(codeOf(() => assertAcceptedContentType('text/plain'))).toBe('no error');
  });

  it('header names take the canonical form', () => {
    expect(canonicalHeaderName('x-github-delivery')).toBe('X-Github-Delivery');
    expect(canonicalHeaderName('content-type')).toBe('Content-Type');
  });
});
