import { FlkError } from '../../../src/common/errors';
import { MAX_FORM_PARTS } from '../../../src/modules/webhooks/webhook-form';
import { buildInputData, canonicalHeaderName, type WebhookCall } from '../../../src/modules/webhooks/webhook-payload';

/** `rawHeaders` follows `headers` unless given: one wire line per value, as Node lists them. */
const call = (over: Partial<WebhookCall> = {}): WebhookCall => {
  const headers = over.headers ?? { 'content-type': 'application/json' };
  const rawHeaders = Object.entries(headers).flatMap(([name, value]) => [value ?? []].flat().flatMap((one) => [name, one]));
  return { method: 'POST', rawPath: 'orders%2Fpaid', headers, rawHeaders, query: {}, remoteIp: '127.0.0.1', contentType: 'application/json', body: Buffer.alloc(0), ...over };
};
const codeOf = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
  } catch (err) {
    return (err as FlkError).code;
  }
  return 'no error';
};

const BOUNDARY = 'flk-test-boundary';
type Part = [name: string, value: string | Buffer, filename?: string, contentType?: string];

/** A multipart/form-data body built by hand, so the parser is tested against the wire format itself. */
function multipart(parts: readonly Part[]): Buffer {
  const chunks: Buffer[] = [];
  for (const [name, value, filename, contentType] of parts) {
    const disposition = `form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}`;
    chunks.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${contentType ? `Content-Type: ${contentType}\r\n` : ''}\r\n`));
    chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

describe('webhook input data', () => {
  it('a JSON object is the input; a client _webhook is replaced', async () => {
    const input = await buildInputData(call({ body: Buffer.from('{"a":1,"_webhook":"spoof"}') }));
    expect(input.a).toBe(1);
    expect(input._webhook).toEqual({ method: 'POST', path: 'orders%2Fpaid', headers: { 'Content-Type': 'application/json' }, query: {}, remote_ip: '127.0.0.1' });
  });

  it('an empty body (even as JSON) is {}', async () => {
    expect(Object.keys(await buildInputData(call()))).toEqual(['_webhook']);
    expect(Object.keys(await buildInputData(call({ body: Buffer.from('  ') })))).toEqual(['_webhook']);
  });

  it.each(['[1,2]', '"text"', '42', 'null', '{"a":'])('JSON that is not an object (%s) is 400 FLK-0001', async (text) => {
    expect(await codeOf(() => buildInputData(call({ body: Buffer.from(text) })))).toBe('FLK-0001');
  });

  it('JSON that is not UTF-8 is 400 FLK-0001 saying so, rather than taken with its bytes replaced by U+FFFD', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"name":"Jos'), Buffer.from([0xe9]), Buffer.from('"}')]);
    await expect(buildInputData(call({ body: latin1 }))).rejects.toMatchObject({ code: 'FLK-0001', message: expect.stringMatching(/not valid UTF-8/) });
    // The same bytes as text are kept, as base64, so no byte is lost.
    expect(await buildInputData(call({ contentType: 'text/plain', body: latin1 }))).toMatchObject({ body: latin1.toString('base64'), encoding: 'base64' });
  });

  it('text-like bodies are kept as text with their content type', async () => {
    const form = await buildInputData(call({ contentType: 'application/x-www-form-urlencoded', body: Buffer.from('a=1&b=%C3%A9') }));
    expect(form).toMatchObject({ body: 'a=1&b=%C3%A9', contentType: 'application/x-www-form-urlencoded', encoding: 'utf8' });
    const xml = await buildInputData(call({ contentType: 'application/xml; charset=utf-8', body: Buffer.from('<a>é</a>') }));
    expect(xml).toMatchObject({ body: '<a>é</a>', contentType: 'application/xml; charset=utf-8', encoding: 'utf8' });
  });

  it('binary bodies, invalid UTF-8 text and bodies without a type are base64', async () => {
    const bytes = Buffer.from([0, 255, 1, 254]);
    expect(await buildInputData(call({ contentType: 'application/octet-stream', body: bytes }))).toMatchObject({ body: bytes.toString('base64'), encoding: 'base64' });
    expect(await buildInputData(call({ contentType: 'text/plain', body: bytes }))).toMatchObject({ encoding: 'base64' });
    expect(await buildInputData(call({ contentType: undefined, body: bytes }))).toMatchObject({ contentType: 'application/octet-stream', encoding: 'base64' });
  });

  it('credentials and signatures never reach the execution; token leaves the query', async () => {
    const input = await buildInputData(
      call({
        headers: {
          authorization: 'Bearer s', 'x-api-key': 'k', 'x-webhook-token': 't', cookie: 'c', 'stripe-signature': 'x',
          'x-hub-signature-256': 'y', 'webhook-signature': 'z', 'svix-signature': 'w', 'x-request-id': 'r1', 'x-multi': ['1', '2'],
        },
        query: { token: 'secret', a: '2' },
      }),
    );
    expect(input._webhook).toMatchObject({ headers: { 'X-Request-Id': 'r1', 'X-Multi': '2' }, query: { a: '2' } });
    expect(JSON.stringify(input)).not.toMatch(/Bearer s|secret|"k"|"t"|"c"|"w"/);
  });

  it('a header sent on several lines keeps its last value, whatever its case; hidden ones stay hidden', async () => {
    // Node joins most repeated headers into one string ("first, second"): only the wire lines tell them apart.
    const input = await buildInputData(
      call({
        headers: { 'x-event': 'first, second', 'x-hub-signature-256': 'a, b' },
        rawHeaders: ['X-Event', 'first', 'x-event', 'second', 'X-Hub-Signature-256', 'a', 'X-HUB-SIGNATURE-256', 'b', 'X-Joined', 'one, two'],
      }),
    );
    expect((input._webhook as { headers: unknown }).headers).toEqual({ 'X-Event': 'second', 'X-Joined': 'one, two' });
  });

  it('a urlencoded form also gets its fields: a repeated name keeps every value, any name is a plain own key', async () => {
    const input = await buildInputData(call({ contentType: 'application/x-www-form-urlencoded', body: Buffer.from('a=1&tag=x&tag=y&__proto__=p&e=%E2%82%AC') }));
    expect(input.form).toEqual({ a: '1', tag: ['x', 'y'], ['__proto__']: 'p', e: '€' });
    expect(Object.getPrototypeOf(input.form)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(input.form)).__proto__).toBe('p');
  });

  it('a urlencoded form in a declared charset other than UTF-8 has its fields read in that charset', async () => {
    // PayPal's IPN posts windows-1252: its escapes used to be read as UTF-8, so "M%FCller" arrived as "M\uFFFDller".
    const form = async (contentType: string, body: Buffer) => buildInputData(call({ contentType, body }));
    const ipn = await form('application/x-www-form-urlencoded; charset=windows-1252', Buffer.from('first_name=M%FCller&city=K%F6ln+Nord&n=%E9t%E9&x&t=a&t=%zz'));
    expect(ipn).toMatchObject({ body: 'first_name=M%FCller&city=K%F6ln+Nord&n=%E9t%E9&x&t=a&t=%zz', encoding: 'utf8' });
    expect(ipn.form).toEqual({ first_name: 'Müller', city: 'Köln Nord', n: 'été', x: '', t: ['a', '%zz'] });
    // Raw bytes of the charset too: the body keeps them (base64), the form reads them.
    const latin1 = Buffer.concat([Buffer.from('name=Jos'), Buffer.from([0xe9]), Buffer.from('&__proto__=p')]);
    const raw = await form('application/x-www-form-urlencoded; charset="ISO-8859-1"', latin1);
    expect(raw).toMatchObject({ body: latin1.toString('base64'), encoding: 'base64', form: { name: 'José', ['__proto__']: 'p' } });
    expect(Object.getPrototypeOf(raw.form)).toBe(Object.prototype);
    // UTF-8 declared, a charset the runtime does not know, or UTF-16: read as UTF-8, as before.
    for (const charset of ['utf-8', 'x-unknown', 'utf-16le']) {
      expect((await form(`application/x-www-form-urlencoded; charset=${charset}`, Buffer.from('e=%E2%82%AC'))).form).toEqual({ e: '€' });
    }
  });

  it('a form in another charset is limited like any form', async () => {
    const contentType = 'application/x-www-form-urlencoded; charset=windows-1252';
    const tooMany = Buffer.from(Array.from({ length: MAX_FORM_PARTS + 1 }, (_, i) => `f${i}=v`).join('&'));
    expect(await codeOf(() => buildInputData(call({ contentType, body: tooMany })))).toBe('FLK-0001');
    expect(await codeOf(() => buildInputData(call({ contentType, body: Buffer.from(`${'%E9'.repeat(101)}=1`) })))).toBe('FLK-0001');
  });

  it('a multipart form: raw body as base64, text fields in form, files with their bytes', async () => {
    const body = multipart([
      ['email', 'a@b.c'],
      ['tag', 'x'],
      ['tag', 'y'],
      ['doc', Buffer.from([0, 1, 2, 255]), 'scan.bin', 'application/octet-stream'],
      ['note', 'é'],
      ['raw', Buffer.from([7]), undefined, 'application/octet-stream'],
    ]);
    const input = await buildInputData(call({ contentType: `multipart/form-data; boundary=${BOUNDARY}`, body }));
    expect(input).toMatchObject({ body: body.toString('base64'), contentType: `multipart/form-data; boundary=${BOUNDARY}`, encoding: 'base64' });
    expect(input.form).toEqual({ email: 'a@b.c', tag: ['x', 'y'], note: 'é' });
    expect(input.files).toEqual([
      { field: 'doc', filename: 'scan.bin', contentType: 'application/octet-stream', size: 4, encoding: 'base64', data: 'AAEC/w==' },
      { field: 'raw', filename: '', contentType: 'application/octet-stream', size: 1, encoding: 'base64', data: 'Bw==' },
    ]);
    expect(Object.keys(input).at(-1)).toBe('_webhook');
  });

  it('a multipart part without a name is kept under "", as name="" is, instead of failing the form', async () => {
    // Such a part used to end in 400 "The form body cannot be read: Cannot read properties of undefined".
    const unnamed = (headers: string, value: string) => `--${BOUNDARY}\r\n${headers}\r\n\r\n${value}\r\n`;
    const body = Buffer.from(
      unnamed('Content-Disposition: form-data', 'text') +
        unnamed('Content-Disposition: form-data; filename="a.txt"\r\nContent-Type: text/plain', 'file') +
        unnamed('Content-Disposition: form-data; name="a"', '1') +
        `--${BOUNDARY}--\r\n`,
    );
    const input = await buildInputData(call({ contentType: `multipart/form-data; boundary=${BOUNDARY}`, body }));
    expect(input.form).toEqual({ '': 'text', a: '1' });
    expect(input.files).toEqual([{ field: '', filename: 'a.txt', contentType: 'text/plain', size: 4, encoding: 'base64', data: Buffer.from('file').toString('base64') }]);
  });

  it.each([
    ['no boundary', 'multipart/form-data', multipart([['a', '1']])],
    ['a truncated body', `multipart/form-data; boundary=${BOUNDARY}`, multipart([['a', '1']]).subarray(0, 40)],
    ['a field name over 200 bytes', `multipart/form-data; boundary=${BOUNDARY}`, multipart([['n'.repeat(201), '1']])],
    ['a file field name over 200 bytes', `multipart/form-data; boundary=${BOUNDARY}`, multipart([['n'.repeat(201), Buffer.from('x'), 'f.txt', 'text/plain']])],
    ['too many parts', `multipart/form-data; boundary=${BOUNDARY}`, multipart(Array.from({ length: MAX_FORM_PARTS + 1 }, (_, i) => [`f${i}`, 'v'] as Part))],
    ['too many urlencoded fields', 'application/x-www-form-urlencoded', Buffer.from(Array.from({ length: MAX_FORM_PARTS + 1 }, (_, i) => `f${i}=v`).join('&'))],
    ['a urlencoded field name over 200 bytes', 'application/x-www-form-urlencoded', Buffer.from(`${'n'.repeat(201)}=1`)],
    ['a urlencoded field name over 200 bytes once decoded', 'application/x-www-form-urlencoded', Buffer.from(`${'%C3%A9'.repeat(101)}=1`)],
  ])('a form body that cannot be read (%s) is 400 FLK-0001', async (_why, contentType, body) => {
    expect(await codeOf(() => buildInputData(call({ contentType, body })))).toBe('FLK-0001');
  });

  it('forms at the limit are read', async () => {
    const parts = Array.from({ length: MAX_FORM_PARTS - 2 }, (_, i) => [`f${i}`, 'v'] as Part);
    parts.push(['n'.repeat(200), 'v'], ['m'.repeat(200), Buffer.from('x'), 'f.txt', 'text/plain']);
    const input = await buildInputData(call({ contentType: `multipart/form-data; boundary=${BOUNDARY}`, body: multipart(parts) }));
    expect(Object.keys(input.form as object)).toHaveLength(MAX_FORM_PARTS - 1);
    expect(input.files).toHaveLength(1);
    const text = Array.from({ length: MAX_FORM_PARTS }, (_, i) => `f${i}=v`).join('&');
    expect(Object.keys((await buildInputData(call({ contentType: 'application/x-www-form-urlencoded', body: Buffer.from(text) }))).form as object)).toHaveLength(MAX_FORM_PARTS);
  });

  it('urlencoded forms count fields, not separators: empty pieces between "&" are no fields', async () => {
    const urlencoded = async (text: string) =>
      (await buildInputData(call({ contentType: 'application/x-www-form-urlencoded', body: Buffer.from(text) }))).form as object;
    const fields = Array.from({ length: MAX_FORM_PARTS }, (_, i) => `f${i}=v`).join('&');
    expect(Object.keys(await urlencoded(`${fields}&`))).toHaveLength(MAX_FORM_PARTS);
    expect(Object.keys(await urlencoded(`&&${fields.replaceAll('&', '&&')}&`))).toHaveLength(MAX_FORM_PARTS);
    expect(await urlencoded(`a=1${'&'.repeat(MAX_FORM_PARTS)}`)).toEqual({ a: '1' });
    expect(Object.keys(await urlencoded(`${'n'.repeat(200)}=1`))).toEqual(['n'.repeat(200)]);
  });

  it('header names take the canonical form', async () => {
    expect(canonicalHeaderName('x-github-delivery')).toBe('X-Github-Delivery');
    expect(canonicalHeaderName('content-type')).toBe('Content-Type');
  });
});
