import { classifyKey } from '../../../src/common/secrets';

describe('classifyKey', () => {
  it.each([
    'api_key', 'apiKey', 'APIKey', 'apikey', 'api-key', 'X-API-Key', 'x-api-key', 'secret', 'client_secret', 'clientSecret',
    'password', 'Passwd', 'token', 'access_token', 'accessToken', 'refresh_token', 'bearer_token', 'private_key',
    'privateKey', 'Authorization', 'authorization', 'cookie', 'Set-Cookie', 'key', 'X-Auth-Token', 'aws_access_key_id',
    'webhookSecret', 'session_id', 'signature', 'credential',
  ])('%s is a secret', (key) => {
    expect(classifyKey(key)).toBe('secret');
  });

  it.each(['base_url', 'organization_id', 'headers', 'token_url', 'auth_type', 'header_name', 'client_id', 'scopes',
    'username', 'name', 'description', 'timeout_seconds', 'Content-Type', 'monkey', 'keyboard', 'tokenType'])(
    '%s is not a secret', (key) => {
      expect(classifyKey(key)).toBe('plain');
    },
  );

  it.each(['auth', 'Auth', 'authentication', 'credentials'])('%s is a container searched inside', (key) => {
    expect(classifyKey(key)).toBe('container');
  });
});
