import { FULLY_MASKED, maskSecrets, maskSecretValue } from '../../../src/common/secrets';

describe('maskSecretValue', () => {
  it('keeps the last four characters of strings of 16 characters or more', () => {
    expect(maskSecretValue('trc_live_9a8b7c6d5e4f')).toBe('****5e4f');
    expect(maskSecretValue('0123456789abcdef')).toBe('****cdef');
  });

  // Upstream showed the last 4 from 5 characters on: 4 of 5, or half of an 8-character password.
  it.each([['abcd'], ['abcde'], ['hunter22'], ['0123456789abcde'], [''], [42], [true], [{ a: 1 }], [['x']]])('hides %p completely', (value) => {
    expect(maskSecretValue(value)).toBe(FULLY_MASKED);
  });
});

describe('maskSecrets', () => {
  const config = {
    base_url: 'https://tracer.example.net',
    api_key: 'trc_live_9a8b7c6d5e4f',
    headers: { Authorization: 'Bearer abc.def.ghi', 'X-Trace': 'on', 'x-api-key': 'k_live_123456789' },
    auth: { issuer_url: 'https://idp.example.net', client_id: 'flowker', client_secret: 'cs-live-0987654321', scopes: ['a'] },
    nested: [{ deeper: { password: 'hunter22' } }, { name: 'Authorization', value: 'Basic Zm9vOmJhcg==' }],
    token_url: 'https://idp.example.net/token',
    short: { pin_token: 'abc' },
    empty: { secret: null },
  };

  it('masks secret leaves at any depth, in header maps, arrays and name/value pairs, and nothing else', () => {
    expect(maskSecrets(config)).toEqual({
      base_url: 'https://tracer.example.net',
      api_key: '****5e4f',
      headers: { Authorization: '****.ghi', 'X-Trace': 'on', 'x-api-key': '****6789' },
      auth: { issuer_url: 'https://idp.example.net', client_id: 'flowker', client_secret: '****4321', scopes: ['a'] },
      nested: [{ deeper: { password: FULLY_MASKED } }, { name: 'Authorization', value: '****cg==' }],
      token_url: 'https://idp.example.net/token',
      short: { pin_token: FULLY_MASKED },
      empty: { secret: null },
    });
  });

  it('hides everything in full style and leaves the input untouched', () => {
    const before = structuredClone(config);
    const masked = maskSecrets(config, { style: 'full' });
    expect(masked.api_key).toBe(FULLY_MASKED);
    expect(masked.auth.client_secret).toBe(FULLY_MASKED);
    expect(JSON.stringify(masked)).not.toMatch(/5e4f|4321|ghi|er22/);
    expect(config).toEqual(before);
  });

  it('masks a whole object or a string stored under a secret key or a credential container', () => {
    expect(maskSecrets({ api_key: { value: 'x' }, auth: 'Bearer zzzzzzzzzzzz', credentials: [{ password: 'p' }] })).toEqual({
      api_key: FULLY_MASKED,
      auth: '****zzzz',
      credentials: [{ password: FULLY_MASKED }],
    });
  });

  it('shows the settings of a signature block and masks its secret and every field it does not know', () => {
    const trigger = {
      signature: { scheme: 'stripe', secret: 'whsec_0123456789', toleranceSeconds: 300, hmac: 'misplaced-secret', header: { a: 'b' } },
    };
    expect(maskSecrets(trigger)).toEqual({
      signature: { scheme: 'stripe', secret: '****6789', toleranceSeconds: 300, hmac: '****cret', header: FULLY_MASKED },
    });
    expect(maskSecrets({ signature: { tolerance_seconds: 60, Scheme: 'github' } })).toEqual({ signature: { tolerance_seconds: 60, Scheme: 'github' } });
    // A signature that is not an object (a header value, a stored ciphertext) is a secret as a whole.
    expect(maskSecrets({ signature: 't=1,v1=abcdef012345', signatures: [{ scheme: 'x' }] })).toEqual({ signature: '****2345', signatures: FULLY_MASKED });
  });
});
