/**
 * The one table of error codes this service can answer with: code → HTTP status → title.
 * Codes and statuses follow the Flowker v1.1.0 reference; the FLK-000x additions give an FLK code to the
 * situations upstream answered with framework or non-FLK codes (see docs/compatibility.md).
 */
export interface ErrorCatalogEntry {
  readonly status: number;
  readonly title: string;
}

const BAD_REQUEST = { status: 400, title: 'Bad Request' } as const;
const UNAUTHORIZED = { status: 401, title: 'Unauthorized' } as const;
const NOT_FOUND = { status: 404, title: 'Not Found' } as const;
const CONFLICT = { status: 409, title: 'Conflict' } as const;
const TOO_LARGE = { status: 413, title: 'Payload Too Large' } as const;
const UNPROCESSABLE = { status: 422, title: 'Unprocessable Entity' } as const;

export const ERROR_CATALOG = {
  // Generic request handling
  'FLK-0001': BAD_REQUEST, // body is not the expected JSON
  'FLK-0002': BAD_REQUEST, // id is not a UUID
  'FLK-0003': UNAUTHORIZED, // X-API-Key missing or wrong (upstream: UNAUTHORIZED)
  'FLK-0004': NOT_FOUND, // no such route (upstream: framework 404)
  'FLK-0005': { status: 405, title: 'Method Not Allowed' },
  'FLK-0006': TOO_LARGE, // request body over the configured limit (upstream: framework 413)
  'FLK-0007': { status: 415, title: 'Unsupported Media Type' },
  'FLK-0008': BAD_REQUEST, // cursor cannot be decoded (upstream: INVALID_CURSOR)
  'FLK-0009': { status: 503, title: 'Service Unavailable' },
  'FLK-0010': { status: 429, title: 'Too Many Requests' },
  'FLK-0011': BAD_REQUEST, // malformed URL encoding or HTTP (upstream: the framework's own 400)
  'FLK-0012': { status: 408, title: 'Request Timeout' }, // request not received in time (upstream: framework 408)
  'FLK-0013': { status: 431, title: 'Request Header Fields Too Large' }, // (upstream: framework 431)
  'FLK-9999': { status: 500, title: 'Internal Server Error' },

  // Workflows
  'FLK-0100': NOT_FOUND,
  'FLK-0101': CONFLICT,
  'FLK-0102': UNPROCESSABLE,
  'FLK-0103': UNPROCESSABLE,
  'FLK-0104': NOT_FOUND,
  'FLK-0105': BAD_REQUEST,
  'FLK-0106': BAD_REQUEST, // executor node data invalid (upstream: WORKFLOW_INVALID_EXECUTOR_CONFIG)
  'FLK-0110': BAD_REQUEST,
  'FLK-0111': BAD_REQUEST,
  'FLK-0112': UNPROCESSABLE,
  'FLK-0113': BAD_REQUEST,
  'FLK-0114': BAD_REQUEST,
  'FLK-0115': BAD_REQUEST,
  'FLK-0116': UNPROCESSABLE,
  'FLK-0117': BAD_REQUEST, // workflow description too long
  'FLK-0118': BAD_REQUEST, // graph contains a cycle
  'FLK-0120': BAD_REQUEST,
  'FLK-0121': BAD_REQUEST,
  'FLK-0122': BAD_REQUEST, // node id duplicated or too long
  'FLK-0123': BAD_REQUEST, // node type unknown
  'FLK-0124': BAD_REQUEST, // node name too long
  'FLK-0130': BAD_REQUEST, // edge id missing or duplicated
  'FLK-0131': BAD_REQUEST,
  'FLK-0132': BAD_REQUEST,
  'FLK-0140': BAD_REQUEST,
  'FLK-0141': BAD_REQUEST,
  'FLK-0142': BAD_REQUEST,
  'FLK-0150': BAD_REQUEST,
  'FLK-0151': BAD_REQUEST,

  // Catalog
  'FLK-0200': NOT_FOUND,
  'FLK-0201': BAD_REQUEST,
  'FLK-0210': NOT_FOUND,
  'FLK-0211': BAD_REQUEST,
  'FLK-0230': NOT_FOUND,
  'FLK-0240': NOT_FOUND,
  'FLK-0242': BAD_REQUEST,

  // Executor configurations
  'FLK-0250': NOT_FOUND,
  'FLK-0251': CONFLICT,
  'FLK-0252': UNPROCESSABLE,
  'FLK-0260': BAD_REQUEST,
  'FLK-0261': BAD_REQUEST,
  'FLK-0262': BAD_REQUEST,
  'FLK-0263': BAD_REQUEST,
  'FLK-0264': BAD_REQUEST,
  'FLK-0265': BAD_REQUEST,
  'FLK-0267': BAD_REQUEST,
  'FLK-0268': BAD_REQUEST,
  'FLK-0269': BAD_REQUEST,
  'FLK-0270': BAD_REQUEST,
  'FLK-0271': BAD_REQUEST,
  'FLK-0272': BAD_REQUEST,
  'FLK-0273': BAD_REQUEST,

  // Provider configurations
  'FLK-0290': NOT_FOUND,
  'FLK-0291': CONFLICT,
  'FLK-0292': UNPROCESSABLE,
  'FLK-0293': UNPROCESSABLE,
  'FLK-0294': NOT_FOUND,
  'FLK-0295': BAD_REQUEST,
  'FLK-0296': BAD_REQUEST,
  'FLK-0297': BAD_REQUEST,
  'FLK-0298': BAD_REQUEST,
  'FLK-0299': BAD_REQUEST,
  'FLK-0340': UNPROCESSABLE,
  'FLK-0341': UNPROCESSABLE,

  // Request validation and pagination
  'FLK-0300': BAD_REQUEST, // unknown fields in the body
  'FLK-0301': BAD_REQUEST, // required fields missing
  'FLK-0302': BAD_REQUEST,
  'FLK-0304': BAD_REQUEST,
  'FLK-0305': BAD_REQUEST,
  'FLK-0308': BAD_REQUEST,
  'FLK-0309': BAD_REQUEST,
  'FLK-0310': BAD_REQUEST,
  'FLK-0311': BAD_REQUEST,
  'FLK-0312': BAD_REQUEST,
  'FLK-0313': BAD_REQUEST,
  'FLK-0314': BAD_REQUEST,
  'FLK-0315': BAD_REQUEST,

  // Concurrency and webhooks
  'FLK-0350': CONFLICT,
  'FLK-0360': BAD_REQUEST,
  'FLK-0361': NOT_FOUND,
  'FLK-0362': UNAUTHORIZED,
  'FLK-0363': TOO_LARGE,
  'FLK-0364': { status: 410, title: 'Gone' }, // armed single-use webhook already consumed or expired (ours)
  'FLK-0365': UNAUTHORIZED, // webhook sender signature missing, wrong or too old (ours)
  'FLK-0366': CONFLICT, // arming a route another workflow is active or armed on (ours)
  'FLK-0367': UNPROCESSABLE, // arming a workflow without a webhook trigger (ours)

  // Executions
  'FLK-0500': NOT_FOUND,
  'FLK-0501': UNPROCESSABLE,
  'FLK-0502': UNPROCESSABLE,
  'FLK-0505': CONFLICT,
  'FLK-0506': TOO_LARGE,
  'FLK-0509': BAD_REQUEST,
  'FLK-0510': UNPROCESSABLE, // Idempotency-Key reused with a different request (ours: upstream never compared)

  // Audit
  'FLK-0600': NOT_FOUND,
  'FLK-0610': BAD_REQUEST,
  'FLK-0611': BAD_REQUEST,

  // Webhook subscriptions (outgoing event deliveries)
  'FLK-0700': NOT_FOUND, // subscription not found in the organisation
  'FLK-0701': BAD_REQUEST, // subscription URL malformed, too long or not HTTPS
  'FLK-0702': BAD_REQUEST, // subscription URL refused by the SSRF policy
  'FLK-0703': NOT_FOUND, // delivery not found for the subscription
  'FLK-0704': CONFLICT, // subscription name already used in the organisation
  'FLK-0705': BAD_REQUEST, // subscription name missing or too long
  'FLK-0706': BAD_REQUEST, // event type list empty, unknown or repeated
  'FLK-0707': BAD_REQUEST, // signing secret invalid
  'FLK-0708': BAD_REQUEST, // custom headers invalid
  'FLK-0709': BAD_REQUEST, // X-Organization-Id invalid
  'FLK-0710': UNPROCESSABLE, // resend to an inactive subscription
} as const satisfies Record<string, ErrorCatalogEntry>;

export type FlkCode = keyof typeof ERROR_CATALOG;

export function catalogEntry(code: FlkCode): ErrorCatalogEntry {
  return ERROR_CATALOG[code];
}
