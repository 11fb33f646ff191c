import { looksLikeSecretKey, maskSecrets, MASKED_SECRET } from '../../../src/modules/audit/secret-masker';

describe('maskSecrets', () => {
  it('masks secret-looking keys in any case and spelling, at any depth and inside arrays', () => {
    const input = {
      'workflow.name': 'Payments',
      API_KEY: 'k1',
      config: { apiKey: 'k2', nested: { 'X-Api-Key': 'k3', client_secret: 's', Password: 'p' } },
      headers: [{ Authorization: 'Bearer abc' }, { accept: 'json' }],
      accessToken: 't',
    };
    expect(maskSecrets(input)).toEqual({
      'workflow.name': 'Payments',
      API_KEY: MASKED_SECRET,
      config: { apiKey: MASKED_SECRET, nested: { 'X-Api-Key': MASKED_SECRET, client_secret: MASKED_SECRET, Password: MASKED_SECRET } },
      headers: [{ Authorization: MASKED_SECRET }, { accept: 'json' }],
      accessToken: MASKED_SECRET,
    });
  });

  it('masks a whole object stored under a secret key and leaves the input untouched', () => {
    const input = { token: { value: 'abc', expires: 5 } };
    expect(maskSecrets(input)).toEqual({ token: MASKED_SECRET });
    expect(input.token.value).toBe('abc');
  });

  it('keeps ordinary keys, null secrets and scalar inputs as they are', () => {
    expect(maskSecrets({ 'provider_config.id': 'x', count: 3, secret: null })).toEqual({
      'provider_config.id': 'x',
      count: 3,
      secret: null,
    });
    expect(maskSecrets('plain')).toBe('plain');
    expect(maskSecrets([1, 'two'])).toEqual([1, 'two']);
  });

  it('recognises the documented key families, not ordinary or descriptive keys', () => {
    for (const key of ['api_key', 'apikey', 'ApiKey', 'secret', 'webhookSecret', 'password', 'token', 'refresh_token', 'authorization']) {
      expect(looksLikeSecretKey(key)).toBe(true);
    }
    for (const key of ['workflow.id', 'name', 'api', 'author', 'status', 'token_url']) {
      expect(looksLikeSecretKey(key)).toBe(false);
    }
  });
});
