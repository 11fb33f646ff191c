import fc from 'fast-check';
import {
  MappingRuntimeError,
  MappingSyntaxError,
  OPERATION_NAMES,
  applyMapping,
  applyTransforms,
  compileMappings,
  compileTransforms,
  validateMappings,
  validateTransforms,
} from '../../../src/engine/languages/mapping';
import { expectNoPollution, hostileJson, hostilePath, hostileText, onlyThrows } from './hostile';

const fixedEnvironment = { now: () => new Date('2025-01-01T00:00:00Z'), randomUUID: () => '00000000-0000-4000-8000-000000000000' };

const config = fc.oneof(
  fc.constant(undefined),
  fc.dictionary(fc.oneof(hostileText, fc.constantFrom('path', 'characters', 'prefix', 'suffix', '__proto__')), fc.oneof(hostileText, hostilePath, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 4 }),
);

const mapping = fc.record(
  {
    source: fc.oneof(hostilePath, hostileText, fc.constantFrom('$', 'workflow', 'workflow.__proto__', 'workflow.items[*].id')),
    target: fc.oneof(hostilePath, hostileText, fc.constantFrom('out', 'a.b[2]', '__proto__.polluted', 'x.constructor.prototype.polluted')),
    required: fc.oneof(fc.boolean(), fc.constant(undefined), fc.constant('yes')),
    transformation: fc.oneof(
      fc.constant(undefined),
      fc.record({ type: fc.oneof(fc.constantFrom(...OPERATION_NAMES), hostileText), config }, { requiredKeys: ['type'] }),
    ),
  },
  { requiredKeys: [] },
);

/** Specs shaped roughly like each operation expects, with hostile paths and values inside. */
const spec = fc.oneof(
  fc.dictionary(hostilePath, fc.oneof(hostilePath, fc.array(hostilePath, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 })), { maxKeys: 4 }),
  fc.record({ paths: fc.array(hostilePath, { maxLength: 3 }) }),
  fc.record({
    sources: fc.array(fc.oneof(fc.record({ value: hostileText }), fc.record({ path: hostilePath }), fc.jsonValue({ maxDepth: 1 })), { maxLength: 4 }),
    targetPath: fc.oneof(hostilePath, fc.constant('__proto__')),
    delim: fc.oneof(hostileText, fc.constant(undefined)),
  }),
  fc.record({ path: hostilePath, characters: hostileText, prefix: hostileText, suffix: hostileText }),
  fc.dictionary(hostilePath, fc.record({ inputFormat: fc.constantFrom('$now', '$unix', '2006-01-02', 'Jan _2 15:04:05.000', 'x'), outputFormat: fc.constantFrom('$unix', '2006-01-02T15:04:05Z07:00', 'MST') }), { maxKeys: 2 }),
  fc.dictionary(hostilePath, fc.record({ version: fc.constantFrom(3, 4, 5, 6), namespace: fc.constantFrom('DNS', 'URL', 'bad'), names: fc.array(fc.record({ path: hostilePath, default: hostileText }), { maxLength: 2 }) }), { maxKeys: 2 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const operation = fc.record(
  {
    operation: fc.oneof(fc.constantFrom(...OPERATION_NAMES), hostileText),
    spec,
    require: fc.oneof(fc.boolean(), fc.constant(undefined)),
    inplace: fc.oneof(fc.boolean(), fc.constant(undefined)),
  },
  { requiredKeys: ['operation'] },
);

afterEach(expectNoPollution);

describe('mapping language — properties', () => {
  it('random mappings over random documents: only the documented errors, input untouched, no pollution', () => {
    fc.assert(
      fc.property(fc.array(mapping, { maxLength: 6 }), hostileJson, (raw, input) => {
        const before = JSON.stringify(input);
        const message = validateMappings(raw);
        let compiled: ReturnType<typeof compileMappings> | undefined;
        onlyThrows(() => {
          compiled = compileMappings(raw);
        }, MappingSyntaxError);
        expect(message === null).toBe(compiled !== undefined);
        if (compiled) {
          onlyThrows(() => {
            const output = applyMapping(compiled!, input, fixedEnvironment);
            expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
          }, MappingRuntimeError);
        }
        expect(JSON.stringify(input)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('random transforms over random documents: only the documented errors, input untouched, no pollution', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(operation, { maxLength: 4 }), fc.jsonValue({ maxDepth: 2 })), hostileJson, (raw, input) => {
        const before = JSON.stringify(input);
        const message = validateTransforms(raw);
        let compiled: ReturnType<typeof compileTransforms> | undefined;
        onlyThrows(() => {
          compiled = compileTransforms(raw);
        }, MappingSyntaxError);
        expect(message === null).toBe(compiled !== undefined);
        if (compiled) onlyThrows(() => applyTransforms(compiled!, input, fixedEnvironment), MappingRuntimeError);
        expect(JSON.stringify(input)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('hostile inputs are rejected or inert', () => {
    const deepPath = Array.from({ length: 10_000 }, () => 'a').join('.');
    expect(validateMappings([{ source: deepPath, target: 'x' }])).toMatch(/more than 64 segments/);
    expect(validateMappings([{ source: 'x', target: deepPath }])).toMatch(/more than 64 segments/);
    expect(validateTransforms([{ operation: 'default', spec: { [deepPath]: 1 } }])).toMatch(/more than 64 segments/);

    const long = 'k'.repeat(100_000);
    const input = { [long]: long, workflow: { '\u202e\u0000\ud800': 'odd' } };
    expect(applyMapping(compileMappings([{ source: long, target: 'copy' }, { source: 'workflow.\u202e\u0000\ud800', target: long }]), input)).toEqual({
      copy: long,
      [long]: 'odd',
    });
    expect(validateMappings([{ source: 'x', target: 'a[99999999]' }])).toMatch(/not an array index|above the limit/);

    for (const target of ['__proto__', '__proto__.polluted', 'a.__proto__.polluted', 'constructor.prototype.polluted', 'a[0].prototype']) {
      expect(validateMappings([{ source: 'x', target }])).toMatch(/may not write the key/);
      expect(validateTransforms([{ operation: 'default', spec: { [target]: 1 } }])).toMatch(/may not write the key/);
    }

    const own = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}') as unknown;
    const copied = applyMapping(compileMappings([{ source: '__proto__', target: 'a' }, { source: 'constructor.prototype', target: 'b' }, { source: '$', target: 'all' }]), own);
    expect(copied.a).toEqual({ polluted: 'yes' });
    expect(copied.b).toEqual({ polluted: 'yes' });
    expect(Object.getPrototypeOf(copied.all)).toBe(Object.prototype);
    const defaults = applyTransforms(compileTransforms([{ operation: 'default', spec: { x: own } }]), {}) as { x: object };
    expect(Object.getPrototypeOf(defaults.x)).toBe(Object.prototype);
    expect(Object.keys(defaults.x)).toEqual(['__proto__', 'constructor']);
  });
});
