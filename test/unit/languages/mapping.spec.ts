import {
  MappingRuntimeError,
  MappingSyntaxError,
  applyMapping,
  applyTransforms,
  compileMappings,
  compileTransforms,
  newMappingAllowance,
  validateMappings,
  validateTransforms,
} from '../../../src/engine/languages/mapping';

const CONTEXT = {
  workflow: {
    customer: { cpf: '123.456.789-00', name: 'Ana Souza', email: 'Ana@Example.COM' },
    amount: 150.5,
    items: [
      { id: 1, sku: 'a' },
      { id: 2, sku: 'b' },
      { id: 3 },
    ],
    note: null,
    createdAt: '2024-03-05T14:07:09Z',
  },
  'tracer-validate': { body: { decision: 'ALLOW', score: 7 } },
};

const ENVELOPE = {
  status: 201,
  status_text: '201 Created',
  url: 'https://provider.test/v1/things',
  headers: { 'Content-Type': 'application/json' },
  body: { customerId: 'c-1', nested: { ok: true } },
};

const map = (mappings: unknown, input: unknown = CONTEXT) => applyMapping(compileMappings(mappings), input);
const transform = (operations: unknown, input: unknown = CONTEXT, options = {}) =>
  applyTransforms(compileTransforms(operations), input, options);

function syntaxError(compile: () => unknown): MappingSyntaxError {
  try {
    compile();
  } catch (error) {
    expect(error).toBeInstanceOf(MappingSyntaxError);
    return error as MappingSyntaxError;
  }
  throw new Error('expected a MappingSyntaxError');
}

function runtimeError(run: () => unknown): MappingRuntimeError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(MappingRuntimeError);
    return error as MappingRuntimeError;
  }
  throw new Error('expected a MappingRuntimeError');
}

describe('mapping algorithm (§7.2)', () => {
  it('builds a document that contains only the mapped targets', () => {
    expect(
      map([
        { source: 'workflow.customer.cpf', target: 'document' },
        { source: 'tracer-validate.body.decision', target: 'check.decision' },
      ]),
    ).toEqual({ document: '123.456.789-00', check: { decision: 'ALLOW' } });
  });

  it('a missing source yields null at the target unless something is required', () => {
    expect(map([{ source: 'workflow.nope', target: 'x' }])).toEqual({ x: null });
    expect(map([{ source: 'workflow.note', target: 'x' }])).toEqual({ x: null });
  });

  it('one required mapping makes every source required', () => {
    const compiled = compileMappings([
      { source: 'workflow.amount', target: 'amount', required: true },
      { source: 'workflow.nope', target: 'x' },
    ]);
    expect(runtimeError(() => applyMapping(compiled, CONTEXT)).message).toBe(
      'inputMapping: required path "workflow.nope" does not exist',
    );
    // a present null satisfies "required": the path exists
    expect(map([{ source: 'workflow.note', target: 'x', required: true }])).toEqual({ x: null });
  });

  it('skips mappings without source or target, and the later of two equal targets wins', () => {
    expect(
      map([
        { source: '', target: 'a' },
        { source: 'workflow.amount', target: '' },
        { target: 'b' },
        { source: 'workflow.amount', target: 'x' },
        { source: 'workflow.customer.name', target: 'x' },
      ]),
    ).toEqual({ x: 'Ana Souza' });
  });

  it('passes the input through unchanged when there is nothing to do', () => {
    expect(map([])).toEqual(CONTEXT);
    expect(map(null)).toEqual(CONTEXT);
    expect(map(undefined)).toEqual(CONTEXT);
    expect(map([{ target: 'a' }, { source: 'b' }])).toEqual(CONTEXT);
    expect(compileMappings([]).steps).toHaveLength(0);
  });

  it('runs transformations in list order on the shift output, with config overriding path', () => {
    expect(
      map([
        { source: 'workflow.customer.cpf', target: 'document', transformation: { type: 'remove_characters', config: { characters: '.-' } } },
        { source: 'workflow.customer.name', target: 'name', transformation: { type: 'to_uppercase' } },
        { source: 'workflow.customer.email', target: 'email', transformation: { type: 'to_lowercase', config: { path: 'name' } } },
        { source: 'workflow.customer.name', target: 'first', transformation: { type: 'add_prefix', config: { prefix: 'BR-' } } },
        { source: 'workflow.customer.name', target: 'first', transformation: { type: 'add_suffix', config: { suffix: '!' } } },
      ]),
    ).toEqual({ document: '12345678900', name: 'ana souza', email: 'Ana@Example.COM', first: 'BR-Ana Souza!' });
  });

  it('a built-in used as a transformation type receives {path: target, ...config} literally', () => {
    expect(map([{ source: 'workflow.amount', target: 'amount', transformation: { type: 'default', config: { currency: 'BRL' } } }])).toEqual({
      amount: 150.5,
      path: 'amount',
      currency: 'BRL',
    });
  });

  it('reshapes a runner envelope on the output side', () => {
    const compiled = compileMappings(
      [
        { source: 'body.customerId', target: 'customerId' },
        { source: 'status', target: 'httpStatus' },
      ],
      'outputMapping',
    );
    expect(applyMapping(compiled, ENVELOPE)).toEqual({ customerId: 'c-1', httpStatus: 201 });
  });

  it('never modifies its input', () => {
    const input = JSON.parse(JSON.stringify(CONTEXT)) as typeof CONTEXT;
    map([{ source: 'workflow.customer', target: 'c' }, { source: 'workflow.customer.name', target: 'c.name', transformation: { type: 'to_uppercase' } }], input);
    transform([{ operation: 'default', spec: { 'workflow.customer.name': 'x' } }, { operation: 'delete', spec: { paths: ['workflow.amount'] } }], input);
    expect(input).toEqual(CONTEXT);
  });

  it('does not alias copies of the same source value', () => {
    const output = transform([
      { operation: 'shift', spec: { a: 'workflow.customer', b: 'workflow.customer' } },
      { operation: 'default', spec: { 'a.name': 'changed' } },
    ]) as { a: { name: string }; b: { name: string } };
    expect(output.a.name).toBe('changed');
    expect(output.b.name).toBe('Ana Souza');
  });
});

describe('paths (§7.1)', () => {
  it.each([
    ['workflow.items[1].id', 2],
    ['workflow.items[*].id', [1, 2, 3]],
    ['workflow.items[*].sku', ['a', 'b', null]],
    ['workflow.items[9].id', null],
    ['workflow.missing[*].id', []],
    ['workflow.items.0', null],
    ['workflow.customer[0]', null],
    ['workflow.amount.cents', null],
  ])('source %s reads %j', (source, expected) => {
    expect(map([{ source, target: 'out' }])).toEqual({ out: expected });
  });

  it('$ is the whole input document', () => {
    expect(map([{ source: '$', target: 'all' }], { a: 1 })).toEqual({ all: { a: 1 } });
  });

  it('a wildcard over a missing element fails in required mode', () => {
    const compiled = compileMappings([{ source: 'workflow.items[*].sku', target: 'skus', required: true }]);
    expect(runtimeError(() => applyMapping(compiled, CONTEXT)).message).toBe(
      'inputMapping: required path "workflow.items[*].sku" does not exist',
    );
  });

  it('a wildcard over something that is not an array fails', () => {
    expect(runtimeError(() => map([{ source: 'workflow.customer[*]', target: 'x' }])).message).toBe(
      'inputMapping: path "workflow.customer[*]": "[*]" applied to a value that is not an array',
    );
  });

  it('targets create objects and arrays, padding arrays with null', () => {
    expect(
      map([
        { source: 'workflow.amount', target: 'a.b.c' },
        { source: 'workflow.items[0].id', target: 'list[0]' },
        { source: 'workflow.items[1].id', target: 'list[2].id' },
        { source: 'workflow.amount', target: 'matrix[1][0]' },
      ]),
    ).toEqual({ a: { b: { c: 150.5 } }, list: [1, null, { id: 2 }], matrix: [null, [150.5]] });
  });

  it('a quoted key reaches keys a bare word cannot spell: a node id or label with dots, an empty key', () => {
    const input = {
      'fetch.user': { body: { id: 7 } },
      workflow: { labels: { 'app.kubernetes.io/name': 'api' }, form: { '': 'unnamed part', 'a"b': 1 }, 'x]y': [5] },
    };
    expect(
      map(
        [
          { source: '["fetch.user"].body.id', target: 'id' },
          { source: 'workflow.labels["app.kubernetes.io/name"]', target: 'out["app.name"]' },
          { source: 'workflow.form[""]', target: 'unnamed' },
          { source: 'workflow.form["a\\"b"]', target: 'quoted' },
          { source: 'workflow["x]y"][0]', target: 'bracketed' },
        ],
        input,
      ),
    ).toEqual({ id: 7, out: { 'app.name': 'api' }, unnamed: 'unnamed part', quoted: 1, bracketed: 5 });
  });

  it('a quoted key must be a closed JSON string, and may not write a forbidden key', () => {
    for (const source of ['workflow["open', 'workflow["a"b"]', 'workflow["a"', "workflow['a']"]) {
      expect(syntaxError(() => compileMappings([{ source, target: 'x' }])).message).toMatch(/quoted key|not an array index/);
    }
    expect(syntaxError(() => compileMappings([{ source: 'workflow.a', target: 'x["__proto__"].polluted' }])).message).toMatch(
      /may not write the key "__proto__"/,
    );
  });

  it('an error names a quoted key the way the path writes it', () => {
    expect(
      runtimeError(() =>
        map([
          { source: 'workflow.amount', target: '["a.b"]' },
          { source: 'workflow.amount', target: '["a.b"].c' },
        ]),
      ).message,
    ).toBe('inputMapping: cannot set "[\\"a.b\\"].c": "[\\"a.b\\"]" is not an object');
  });

  it('refuses to write through a value of the wrong kind', () => {
    expect(
      runtimeError(() =>
        map([
          { source: 'workflow.amount', target: 'a' },
          { source: 'workflow.amount', target: 'a.b' },
        ]),
      ).message,
    ).toBe('inputMapping: cannot set "a.b": "a" is not an object');
  });
});

describe('raw transforms (§7.3)', () => {
  it('shift: string, list of sources (wrapped, last wins) and $', () => {
    expect(transform([{ operation: 'shift', spec: { id: 'workflow.items[0].id', both: ['workflow.amount', 'workflow.customer.name'], all: '$' } }], { workflow: CONTEXT.workflow })).toEqual({
      id: 1,
      both: ['Ana Souza'],
      all: { workflow: CONTEXT.workflow },
    });
  });

  it('shift with require fails on a missing path; inplace keeps the input', () => {
    expect(runtimeError(() => transform([{ operation: 'shift', spec: { x: 'nope' }, require: true }])).message).toBe(
      'transforms[0]: required path "nope" does not exist',
    );
    expect(transform([{ operation: 'shift', spec: { copy: 'a' }, inplace: true }], { a: 1 })).toEqual({ a: 1, copy: 1 });
  });

  it('default writes any JSON value, overwriting', () => {
    expect(transform([{ operation: 'default', spec: { 'a.b': [1, { c: null }], x: 'new' } }], { x: 'old' })).toEqual({
      x: 'new',
      a: { b: [1, { c: null }] },
    });
  });

  it('delete removes keys and array elements; require fails on a missing path', () => {
    expect(transform([{ operation: 'delete', spec: { paths: ['a', 'list[0]', 'nope'] } }], { a: 1, b: 2, list: [1, 2] })).toEqual({
      b: 2,
      list: [2],
    });
    expect(runtimeError(() => transform([{ operation: 'delete', spec: { paths: ['nope'] }, require: true }], { a: 1 })).message).toBe(
      'transforms[0]: required path "nope" does not exist',
    );
  });

  it('concat joins literals and values with an optional delimiter', () => {
    expect(
      transform(
        [
          {
            operation: 'concat',
            spec: {
              sources: [{ value: 'ID' }, { path: 'workflow.items[0].id' }, { path: 'workflow.customer.name' }, { path: 'workflow.nope' }, { path: 'workflow.items[*].sku' }],
              targetPath: 'joined',
              delim: '-',
            },
          },
        ],
        CONTEXT,
      ),
    ).toMatchObject({ joined: 'ID-1-Ana Souza-null-ab' });
    expect(transform([{ operation: 'concat', spec: { sources: [{ value: 'a' }, { value: 'b' }], targetPath: 'x' } }], {})).toEqual({ x: 'ab' });
  });

  it('coalesce picks the first present, non-null, non-ignored value', () => {
    const input = { a: null, b: '', c: 'third', d: 0 };
    expect(transform([{ operation: 'coalesce', spec: { first: ['nope', 'a', 'b', 'c'], number: ['a', 'd'], none: ['nope'], ignore: [''] } }], input)).toEqual({
      ...input,
      first: 'third',
      number: 0,
    });
    expect(runtimeError(() => transform([{ operation: 'coalesce', spec: { x: ['a'] }, require: true }], input)).message).toBe(
      'transforms[0]: coalesce does not support "require"',
    );
  });

  it('extract makes the value at a path the whole document', () => {
    expect(transform([{ operation: 'extract', spec: { path: 'tracer-validate.body' } }])).toEqual({ decision: 'ALLOW', score: 7 });
    expect(transform([{ operation: 'extract', spec: { path: 'nope' } }])).toBeNull();
    expect(transform([{ operation: 'extract', spec: { path: 'workflow.amount' } }])).toBe(150.5);
  });

  it('pass changes nothing; an empty list passes the input through', () => {
    expect(transform([{ operation: 'pass' }], { a: 1 })).toEqual({ a: 1 });
    expect(transform([], { a: 1 })).toEqual({ a: 1 });
  });

  it('timestamp re-formats with Go layouts, $unix and $now', () => {
    const now = () => new Date('2025-01-02T03:04:05.678Z');
    expect(
      transform(
        [
          {
            operation: 'timestamp',
            spec: {
              iso: { inputFormat: '2006-01-02T15:04:05Z07:00', outputFormat: 'Mon, 02 Jan 2006 15:04:05 MST' },
              unix: { inputFormat: '$unix', outputFormat: '2006-01-02' },
              toUnix: { inputFormat: '2006-01-02T15:04:05Z07:00', outputFormat: '$unix' },
              stamp: { inputFormat: '$now', outputFormat: '2006-01-02T15:04:05.000Z07:00' },
              missing: { inputFormat: '2006', outputFormat: '06' },
            },
          },
        ],
        { iso: '2024-03-05T14:07:09Z', unix: '86400', toUnix: '1970-01-01T01:00:00+01:00' },
        { now },
      ),
    ).toEqual({ iso: 'Tue, 05 Mar 2024 14:07:09 UTC', unix: '1970-01-02', toUnix: '0', stamp: '2025-01-02T03:04:05.678Z' });
  });

  it('timestamp re-formats every element through one [*], and fails on an unparsable value', () => {
    const spec = { 'events[*].at': { inputFormat: '02/01/2006', outputFormat: '2006-01-02' } };
    expect(transform([{ operation: 'timestamp', spec }], { events: [{ at: '31/12/2023' }, { at: '01/02/2024' }] })).toEqual({
      events: [{ at: '2023-12-31' }, { at: '2024-02-01' }],
    });
    expect(runtimeError(() => transform([{ operation: 'timestamp', spec }], { events: [{ at: '2024-01-01' }] })).message).toMatch(
      /^transforms\[0\]: cannot parse "2024-01-01"/,
    );
  });

  it('timestamp re-formats every element of an array longer than the 10,000 an index path may name', () => {
    const count = 12_000;
    const input = { days: Array.from({ length: count }, () => '31/12/2023'), events: Array.from({ length: count }, () => ({ at: '01/02/2024' })) };
    const layouts = { inputFormat: '02/01/2006', outputFormat: '2006-01-02' };
    const output = transform([{ operation: 'timestamp', spec: { 'days[*]': layouts, 'events[*].at': layouts } }], input) as typeof input;
    expect(output.days).toHaveLength(count);
    expect(output.days.every((day) => day === '2023-12-31')).toBe(true);
    expect(output.events[count - 1]).toEqual({ at: '2024-02-01' });
    // A top-level array, a nested index after the wildcard, and an absent array (nothing to write).
    expect(transform([{ operation: 'timestamp', spec: { '[*]': layouts } }], ['31/12/2023'])).toEqual(['2023-12-31']);
    expect(transform([{ operation: 'timestamp', spec: { 'm[*][0]': layouts } }], { m: [['31/12/2023', 'x']] })).toEqual({ m: [['2023-12-31', 'x']] });
    expect(transform([{ operation: 'timestamp', spec: { 'none[*].at': layouts } }], { a: 1 })).toEqual({ a: 1 });
  });

  it('uuid writes random (v4) and name-based (v3, v5) UUIDs', () => {
    const output = transform(
      [
        {
          operation: 'uuid',
          spec: {
            random: { version: 4 },
            v5: { version: 5, namespace: 'DNS', names: [{ path: 'host' }] },
            v3: { version: 3, namespace: 'DNS', names: [{ path: 'nope', default: 'www.example.com' }] },
          },
        },
      ],
      { host: 'www.example.com' },
      { randomUUID: () => '00000000-0000-4000-8000-000000000000' },
    );
    expect(output).toEqual({
      host: 'www.example.com',
      random: '00000000-0000-4000-8000-000000000000',
      v5: '2ed6657d-e927-568b-95e1-2665a8aea6a2',
      v3: '5df41881-3aed-3515-88a7-2f4a814cf09e',
    });
  });

  it('custom string transforms leave missing or non-string values alone', () => {
    const input = { n: 5, s: 'Mixed' };
    expect(
      transform(
        [
          { operation: 'to_uppercase', spec: { path: 'n' } },
          { operation: 'to_lowercase', spec: { path: 'nope' } },
          { operation: 'add_prefix', spec: { path: 's', prefix: '>' } },
        ],
        input,
      ),
    ).toEqual({ n: 5, s: '>Mixed' });
    expect(transform([{ operation: 'remove_characters', spec: { path: 's', characters: 'ix' } }], input)).toEqual({ n: 5, s: 'Med' });
  });

  it('remove_characters works on code points, across long strings, and leaves lone surrogates as characters', () => {
    const remove = (characters: string, s: string) =>
      (transform([{ operation: 'remove_characters', spec: { path: 's', characters } }], { s }) as { s: string }).s;
    expect(remove('😀', 'a😀b\ud83d')).toBe('ab\ud83d');
    expect(remove('\ud83d', 'a😀b\ud83d')).toBe('a😀b');
    expect(remove('é.', 'é.e.é')).toBe('e');
    // Long enough to be turned back into text in several chunks, with a character outside the BMP at every step.
    const long = 'a😀.'.repeat(10_000);
    expect(remove('.', long)).toBe('a😀'.repeat(10_000));
    expect(remove('a', long)).toBe('😀.'.repeat(10_000));
    expect(remove('z', long)).toBe(long);
  });
});

describe('compile-time validation (§7.4)', () => {
  it.each([
    [[{ source: 'a', target: 'b', transformation: { type: 'explode' } }], 'inputMapping[0].transformation.type: unknown transformation type "explode"'],
    ['nope', 'inputMapping: must be a list'],
    [[42], 'inputMapping[0]: must be an object'],
    [[{ source: 1, target: 'b' }], 'inputMapping[0].source: must be a string'],
    [[{ source: 'a', target: ['b'] }], 'inputMapping[0].target: must be a string'],
    [[{ source: 'a', target: 'b', required: 'yes' }], 'inputMapping[0].required: must be a boolean'],
    [[{ source: 'a', target: 'b', transformation: 'upper' }], 'inputMapping[0].transformation: must be an object'],
    [[{ source: 'a', target: 'b', transformation: { type: 7 } }], 'inputMapping[0].transformation.type: must be a string'],
    [[{ source: 'a', target: 'b', transformation: { type: 'to_uppercase', config: [] } }], 'inputMapping[0].transformation.config: must be an object'],
    [[{ source: 'a..b', target: 'b' }], 'inputMapping[0].source: path "a..b" has an empty segment'],
    [[{ source: 'a', target: '__proto__.polluted' }], 'inputMapping[0].target: path "__proto__.polluted" may not write the key "__proto__"'],
    [[{ source: 'a', target: 'x.constructor' }], 'inputMapping[0].target: path "x.constructor" may not write the key "constructor"'],
    [[{ source: 'a', target: 'prototype' }], 'inputMapping[0].target: path "prototype" may not write the key "prototype"'],
    [[{ source: 'a', target: 'list[*]' }], 'inputMapping[0].target: path "list[*]": "[*]" can only be used in a source'],
    [[{ source: 'a', target: '$' }], 'inputMapping[0].target: "$" (the whole document) can only be a source'],
    [[{ source: 'a[-1]', target: 'b' }], 'inputMapping[0].source: path "a[-1]": "[-1]" is not an array index (digits or *)'],
    [[{ source: 'a[1', target: 'b' }], 'inputMapping[0].source: path "a[1": expected "[index]" or "[*]" in "a[1"'],
    [[{ source: 'a', target: 'b[10001]' }], 'inputMapping[0].target: path "b[10001]": array index 10001 is above the limit of 10000'],
    [[{ source: 'a', target: 'b' }, { source: 'a', target: 'c[0]x' }], 'inputMapping[1].target: path "c[0]x": expected "[index]" or "[*]" in "c[0]x"'],
    [[{ source: 'a', target: 'b', transformation: { type: 'default', config: { __proto__x: 1, 'constructor.y': 2 } } }], 'inputMapping[0].transformation.spec: path "constructor.y" may not write the key "constructor"'],
  ])('mapping %j → %s', (raw, message) => {
    expect(syntaxError(() => compileMappings(raw)).message).toBe(message);
    expect(validateMappings(raw)).toBe(message);
  });

  it('names the list it validates', () => {
    expect(validateMappings([{ source: 'a', target: 'b', transformation: { type: 'x' } }], 'outputMapping')).toBe(
      'outputMapping[0].transformation.type: unknown transformation type "x"',
    );
    expect(syntaxError(() => compileMappings('x', 'outputMapping')).field).toBe('outputMapping');
  });

  it.each([
    [[{ operation: 'explode', spec: { a: 'b' } }], 'transforms[0].operation: unknown operation "explode"'],
    [[{ spec: { a: 'b' } }], 'transforms[0].operation: is required and must be a string'],
    [[{ operation: 'shift', spec: {} }], 'transforms[0].spec: must contain at least one element'],
    [[{ operation: 'shift', spec: ['a'] }], 'transforms[0].spec: must be an object'],
    [[{ operation: 'shift', spec: { a: 'b' }, require: 1 }], 'transforms[0].require: must be a boolean'],
    [[{ operation: 'shift', spec: { a: 'b' }, over: 'list' }], 'transforms[0].over: is not a supported field'],
    [[{ operation: 'shift', spec: { '__proto__.x': 'b' } }], 'transforms[0].spec: path "__proto__.x" may not write the key "__proto__"'],
    [[{ operation: 'default', spec: JSON.parse('{"__proto__": {"polluted": 1}}') as unknown }], 'transforms[0].spec: path "__proto__" may not write the key "__proto__"'],
    [[{ operation: 'delete', spec: { paths: ['list[*]'] } }], 'transforms[0].spec: path "list[*]": "[*]" can only be used in a source'],
    [[{ operation: 'concat', spec: { sources: [{ value: 'a' }], targetPath: 'x.prototype' } }], 'transforms[0].spec: path "x.prototype" may not write the key "prototype"'],
    [[{ operation: 'shift', spec: { a: 'b' } }, 'x'], 'transforms[1]: must be an object'],
    [{ operation: 'shift' }, 'transforms: must be a list'],
  ])('transforms %j → %s', (raw, message) => {
    expect(syntaxError(() => compileTransforms(raw)).message).toBe(message);
    expect(validateTransforms(raw)).toBe(message);
  });

  it('limits lists and spec objects to 200 entries', () => {
    const mappings = Array.from({ length: 201 }, (_, i) => ({ source: 'a', target: `t${i}` }));
    expect(validateMappings(mappings)).toBe('inputMapping: has 201 entries; at most 200 are allowed');
    expect(validateMappings(mappings.slice(0, 200))).toBeNull();
    const spec = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`k${i}`, 'a']));
    expect(validateTransforms([{ operation: 'shift', spec }])).toBe('transforms[0].spec: spec has more than 200 entries');
    const paths = Array.from({ length: 201 }, (_, i) => `p${i}`);
    expect(validateTransforms([{ operation: 'delete', spec: { paths } }])).toBe('transforms[0].spec: paths has more than 200 entries');
  });

  it('limits paths to 64 segments', () => {
    const ok = Array.from({ length: 64 }, () => 'k').join('.');
    expect(validateMappings([{ source: ok, target: 'x' }])).toBeNull();
    expect(validateMappings([{ source: `${ok}.k`, target: 'x' }])).toMatch(/^inputMapping\[0\]\.source: path ".*" has more than 64 segments$/);
    expect(validateMappings([{ source: 'a', target: `${'[0]'.repeat(65)}` }])).toMatch(/has more than 64 segments/);
  });
});

describe('run-time failures (§7.5)', () => {
  it('bad custom-transform config is accepted when saving and fails when run, as upstream did', () => {
    const raw = [{ source: 'workflow.customer.cpf', target: 'doc', transformation: { type: 'remove_characters' } }];
    expect(validateMappings(raw)).toBeNull();
    const compiled = compileMappings(raw);
    expect(compiled.deferredProblems).toEqual([
      "inputMapping[0].transformation: remove_characters: 'characters' is required and must not be empty or blank",
    ]);
    expect(runtimeError(() => applyMapping(compiled, CONTEXT)).message).toBe(
      "inputMapping[0].transformation: remove_characters: 'characters' is required and must not be empty or blank",
    );
  });

  it.each([
    [{ type: 'remove_characters', config: { characters: '   ' } }, "remove_characters: 'characters' is required and must not be empty or blank"],
    [{ type: 'add_prefix' }, "add_prefix: 'prefix' is required and must not be empty"],
    [{ type: 'add_suffix', config: { suffix: '' } }, "add_suffix: 'suffix' is required and must not be empty"],
    [{ type: 'coalesce' }, 'sources for "path" must be a list'],
  ])('transformation %j fails at run time with %s', (transformation, message) => {
    const compiled = compileMappings([{ source: 'workflow.amount', target: 'a', transformation }]);
    expect(runtimeError(() => applyMapping(compiled, CONTEXT)).message).toBe(`inputMapping[0].transformation: ${message}`);
  });

  it('a mapping with a transformation but no target fails at run time for want of a path', () => {
    const compiled = compileMappings([{ source: 'workflow.amount', transformation: { type: 'to_uppercase' } }]);
    expect(runtimeError(() => applyMapping(compiled, CONTEXT)).message).toBe("inputMapping[0].transformation: to_uppercase: 'path' is required");
  });

  it.each([
    [{ operation: 'shift', spec: { a: 5 } }, 'value for "a" must be a path or a list of paths'],
    [{ operation: 'shift', spec: { a: ['b', 1] } }, 'sources for "a" must all be strings'],
    [{ operation: 'shift' }, 'spec is required'],
    [{ operation: 'concat', spec: { sources: [{ value: 'a' }] } }, 'targetPath must be a string'],
    [{ operation: 'concat', spec: { targetPath: 'x', sources: [{}] } }, 'each source must have either "value" or "path"'],
    [{ operation: 'concat', spec: { targetPath: 'x', sources: [{ value: 1 }] } }, 'a source "value" must be a string'],
    [{ operation: 'delete', spec: { keys: ['a'] } }, 'paths must be a list'],
    [{ operation: 'extract', spec: { from: 'a' } }, 'path must be a string'],
    [{ operation: 'timestamp', spec: { at: 'RFC3339' } }, 'value for "at" must be an object'],
    [{ operation: 'timestamp', spec: { at: { inputFormat: '2006' } } }, '"outputFormat" for "at" must be a string'],
    [{ operation: 'uuid', spec: { id: { version: 1 } } }, 'please set version 3, 4 or 5'],
    [{ operation: 'uuid', spec: { id: { version: 5, namespace: 'nope', names: [] } } }, 'namespace is not a valid UUID or one of DNS, URL, OID, X500'],
    [{ operation: 'coalesce', spec: { a: ['b'], ignore: 'x' } }, 'ignore must be a list'],
  ])('raw %j fails at run time with %s', (operation, message) => {
    expect(validateTransforms([operation])).toBeNull();
    expect(runtimeError(() => transform([operation], { a: 1 })).message).toBe(`transforms[0]: ${message}`);
  });

  it('an output that is not a JSON object fails a mapping', () => {
    const compiled = compileMappings([{ source: 'workflow.amount', target: 'a', transformation: { type: 'extract' } }]);
    expect(runtimeError(() => applyMapping(compiled, CONTEXT)).message).toBe('transformation output is not a JSON object');
  });

  it('an input that is not JSON fails cleanly', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(runtimeError(() => map([{ source: 'a', target: 'b' }], cyclic)).message).toMatch(/^input is not serialisable as JSON/);
    expect(runtimeError(() => map([{ source: 'a', target: 'b' }], { n: 1n })).message).toMatch(/^input is not serialisable as JSON/);
  });

  it('a concat result beyond the string limit fails instead of growing without bound', () => {
    const big = 'x'.repeat(1024 * 1024);
    const sources = Array.from({ length: 5 }, () => ({ path: 'big' }));
    expect(runtimeError(() => transform([{ operation: 'concat', spec: { sources, targetPath: 'out' } }], { big })).message).toBe(
      'transforms[0]: concat result would be longer than 4194304 characters',
    );
  });

  it('copies of the document are bounded per run: a document that doubles at every step fails instead of growing', () => {
    const doubling = Array.from({ length: 40 }, () => ({ operation: 'shift', spec: { a: '$', b: '$' } }));
    expect(runtimeError(() => transform(doubling, { x: 'y' })).message).toMatch(
      /^transforms\[\d+\]: the steps would copy more than 16777216 characters of JSON$/,
    );
    // A few copies of a large document are ordinary work.
    const large = { rows: Array.from({ length: 20_000 }, (_, n) => ({ id: n, name: `row ${n}` })) };
    const copied = transform([{ operation: 'shift', spec: { first: 'rows', second: 'rows', third: 'rows' } }], large) as Record<string, unknown>;
    expect(copied.third).toEqual(large.rows);
    // The allowance belongs to one run: each run below copies 12 Mi characters, three runs more than the allowance.
    const compiled = compileTransforms([{ operation: 'shift', spec: { a: '$', b: '$' } }]);
    const sixMi = { s: 'x'.repeat(6 * 1024 * 1024) };
    for (let run = 0; run < 3; run += 1) expect((applyTransforms(compiled, sixMi) as { b: { s: string } }).b.s.length).toBe(6 * 1024 * 1024);
  });

  it('a shared allowance bounds several runs together: the engine passes one per execution', () => {
    const compiled = compileTransforms([{ operation: 'shift', spec: { a: '$', b: '$' } }]);
    const sixMi = { s: 'x'.repeat(6 * 1024 * 1024) };
    const allowance = newMappingAllowance();
    applyTransforms(compiled, sixMi, { allowance });
    expect(runtimeError(() => applyTransforms(compiled, sixMi, { allowance })).message).toBe(
      'transforms[0]: the steps would copy more than 16777216 characters of JSON',
    );
  });

  it.each([
    ['to_uppercase', {}],
    ['to_lowercase', {}],
    ['remove_characters', { characters: 'y' }],
    ['add_prefix', { prefix: 'p' }],
    ['add_suffix', { suffix: 's' }],
  ])('%s counts the string it rewrites against the allowance', (operation, config) => {
    // Five passes over a 3 Mi-character string are ordinary work; the sixth passes 16 Mi.
    const document = { s: 'x'.repeat(3 * 1024 * 1024) };
    const steps = (count: number) => Array.from({ length: count }, () => ({ operation, spec: { path: 's', ...config } }));
    expect((transform(steps(5), document) as { s: string }).s.length).toBeGreaterThanOrEqual(3 * 1024 * 1024);
    expect(runtimeError(() => transform(steps(6), document)).message).toBe('transforms[5]: the steps would rewrite more than 16777216 characters of JSON');
  });

  it('concat counts the text it joins, and coalesce the values it compares with its ignore list, against the allowance', () => {
    const document = { s: 'x'.repeat(3 * 1024 * 1024) };
    const concat = Array.from({ length: 6 }, () => ({ operation: 'concat', spec: { sources: [{ path: 's' }], targetPath: 's' } }));
    expect(runtimeError(() => transform(concat, document)).message).toBe('transforms[5]: the steps would join more than 16777216 characters of JSON');
    // Each source below is the ignored 3 Mi-character object, printed to be compared with it: the sixth passes 16 Mi.
    const big = { o: { s: document.s } };
    const coalesce = (sources: number) => [{ operation: 'coalesce', spec: { t: Array.from({ length: sources }, () => 'o'), ignore: [big.o] } }];
    expect(transform(coalesce(5), big)).not.toHaveProperty('t');
    expect(runtimeError(() => transform(coalesce(6), big)).message).toBe('transforms[0]: the steps would compare more than 16777216 characters of JSON');
  });

  it('times re-formatted count against the same allowance: an array re-formatted over and over fails instead of holding the event loop', () => {
    const layout = `${'x'.repeat(250)}2006`; // a long literal makes each value long (a layout has at most 256 characters)
    const years = { years: Array.from({ length: 7_000 }, () => `${'x'.repeat(250)}2024`) };
    const again = Array.from({ length: 10 }, () => ({ operation: 'timestamp', spec: { 'years[*]': { inputFormat: layout, outputFormat: layout } } }));
    expect(runtimeError(() => transform(again, years)).message).toMatch(/^transforms\[9\]: the steps would re-format more than 16777216 characters of JSON$/);
    expect((transform(again.slice(0, 8), years) as typeof years).years[6_999]).toBe(`${'x'.repeat(250)}2024`);
  });

  it('uuid names count against the same allowance: names that each hash the whole document fail instead of running for minutes', () => {
    const document = { big: 'x'.repeat(1024 * 1024) };
    const names = Array.from({ length: 20 }, (_, n) => ({ path: n % 2 === 0 ? '$' : 'big' }));
    expect(runtimeError(() => transform([{ operation: 'uuid', spec: { id: { version: 5, namespace: 'DNS', names } } }], document)).message).toBe(
      'transforms[0]: the steps would hash more than 16777216 characters of JSON',
    );
    // Names of ordinary size are unaffected.
    const id = (transform([{ operation: 'uuid', spec: { id: { version: 5, namespace: 'DNS', names: [{ path: 'big' }, { path: '$' }] } } }], document) as { id: string }).id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
