import { FULLY_MASKED, keepUnchangedSecrets, maskSecrets, maskSecretValue } from '../../../src/common/secrets';
import { hasUrlSecrets, isSecretQueryName } from '../../../src/common/secrets/url-secrets';

describe('secret query parameters of URL strings', () => {
  it.each(['api_key', 'apiKey', 'token', 'access_token', 'key', 'secret', 'password', 'signature', 'sig', 'SIG', 'auth', 'client_secret', 'X-Amz-Credential', 'tok%65n'])(
    '%s names a secret',
    (name) => expect(isSecretQueryName(name)).toBe(true),
  );

  it.each(['region', 'page', 'token_type', 'key_id_name', 'email', 'q'])('%s does not', (name) => expect(isSecretQueryName(name)).toBe(false));

  it('masks only the values of secret parameters and keeps every other character of the URL', () => {
    const url = 'https://api.example.com/v1/x?region=eu&api_key=abcdefghijklmnop1234&page=2&sig=s1g&empty=#part?token=t';
    expect(maskSecrets(url)).toBe(`https://api.example.com/v1/x?region=eu&api_key=****1234&page=2&sig=${FULLY_MASKED}&empty=#part?token=t`);
    expect(maskSecrets({ nested: [{ base_url: url }] }, { style: 'full' })).toEqual({
      nested: [{ base_url: `https://api.example.com/v1/x?region=eu&api_key=${FULLY_MASKED}&page=2&sig=${FULLY_MASKED}&empty=#part?token=t` }],
    });
  });

  it('leaves text that is not a URL, and URLs without a valued secret parameter, as they are', () => {
    for (const text of ['see ?token=abc', 'token=abc', 'https://a.example/x?token=', 'https://a.example/x?token', 'https://a.example/x y?token=abc']) {
      expect(maskSecrets({ note: text })).toEqual({ note: text });
      expect(hasUrlSecrets(text)).toBe(false);
    }
    expect(hasUrlSecrets('http://a.example/?access_token=x')).toBe(true);
  });

  it('keeps a stored parameter whose mask comes back, parameter by parameter, and takes anything else as sent', () => {
    const key = 'abcdefghijklmnop1234';
    const stored = { base_url: `https://a.example/v1?api_key=${key}&token=short` };
    const shown = `https://a.example/v2?api_key=${maskSecretValue(key)}&token=${FULLY_MASKED}`;
    expect(keepUnchangedSecrets({ base_url: shown }, stored)).toEqual({ base_url: `https://a.example/v2?api_key=${key}&token=short` });
    expect(keepUnchangedSecrets({ base_url: 'https://a.example/v1?api_key=new&token=****9999' }, stored)).toEqual({
      base_url: 'https://a.example/v1?api_key=new&token=****9999',
    });
  });
});
