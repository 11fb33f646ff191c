import { classifyConfigKey, classifyKey } from '../../../src/common/secrets';

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

describe('classifyConfigKey (provider configurations and executor authentication)', () => {
  const upstreamOnly = ['connection_string', 'connectionString', 'database_url', 'DATABASE_URL', 'pin', 'pin_code', 'cvv',
    'cvc', 'card_number', 'cardNumber', 'cardnumber', 'backup_card_number', 'mfa_code', 'totp', 'certificate',
    'client_certificate', 'ssn', 'social_security_number', 'account_number', 'routing_number', 'iban', 'swift_code',
    'bic', 'pan', 'expiry_date', 'card_expiry', 'expiration_date', 'date_of_birth', 'dob', 'tax_id', 'taxId', 'tin',
    'national_id', 'sort_code', 'bsb', 'security_answer', 'security_question', 'mother_maiden_name', 'biometric',
    'fingerprint', 'email', 'contact_email', 'phone', 'phone_number', 'address', 'street', 'city', 'zip', 'postal_code'];

  it.each(upstreamOnly)('%s is a secret in a configuration, but ordinary data elsewhere (node data, logs, URLs)', (key) => {
    expect(classifyConfigKey(key)).toBe('secret');
    expect(classifyKey(key)).toBe('plain');
  });

  it.each(['api_key', 'password', 'client_secret', 'Authorization', 'key'])('%s is a secret in both', (key) => {
    expect(classifyConfigKey(key)).toBe('secret');
  });

  // Upstream masks some of these too; docs/compatibility.md keeps descriptors and identifiers readable.
  it.each(['base_url', 'organization_id', 'ledger_id', 'headers', 'token_url', 'auth_type', 'header_name', 'client_id',
    'issuer_url', 'region', 'bucket', 'username', 'scopes', 'timeout_seconds', 'pinned', 'spin', 'zipper', 'capacity',
    'emails_enabled2'])('%s stays plain', (key) => {
    expect(classifyConfigKey(key)).toBe('plain');
  });

  it('keeps credential containers searched inside', () => {
    expect(classifyConfigKey('auth')).toBe('container');
  });
});
