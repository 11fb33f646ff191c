import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { validateSync, type ValidationError } from 'class-validator';
import { OPERATION_LIST } from '../../generated';
import { FlkError, type FlkCode } from '../errors';

interface Problem {
  readonly path: string;
  readonly message: string;
  readonly code: FlkCode;
}

const MAX_FIELDS_REPORTED = 20;

function isDtoClass(metatype: unknown): metatype is DtoClass {
  return typeof metatype === 'function' && ![String, Number, Boolean, Object, Array].includes(metatype as never);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type DtoClass = new () => object;

/**
 * The body DTOs the spec marks `required` on every operation that takes them. For these an empty body is refused:
 * reading it as `{}` answered a field-level code, or for a schema without required keys (catalog validation)
 * `{"valid": true}` for a body that was never sent. Optional bodies (clone, arm, webhook calls) may still be empty.
 */
const REQUIRED_BODIES = new Set(
  OPERATION_LIST.filter((op) => op.requestBody?.required)
    .map((op) => op.requestBody!.dto)
    .filter((dto) => OPERATION_LIST.every((op) => op.requestBody?.dto !== dto || op.requestBody.required)),
);

/**
 * The body as an instance of its DTO, for class-validator: every object the spec describes with a schema of its own
 * (`@Type(() => Dto)` in the generated DTOs, the only class-transformer feature they use) becomes an instance of that
 * class, and every other value is kept exactly as sent. class-transformer's plainToInstance also walked into the
 * free-form values (`inputData`, node `data`, `metadata`): a key named `constructor` there made it throw (a 500),
 * keys named like Object.prototype methods (`toString`, `valueOf`) were silently dropped, and deep nesting overflowed
 * its recursion.
 */
function toInstance(dto: DtoClass, plain: Record<string, unknown>): object {
  const instance = new dto() as Record<string, unknown>;
  for (const key of Object.keys(plain)) {
    const nested = defaultMetadataStorage.findTypeMetadata(dto, key)?.typeFunction() as DtoClass | undefined;
    const value = plain[key];
    // defineProperty, not assignment: an own key named like an inherited accessor stays a plain own property.
    Object.defineProperty(instance, key, { value: nested ? toNested(nested, value) : value, writable: true, enumerable: true, configurable: true });
  }
  return instance;
}

function toNested(dto: DtoClass, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (isPlainObject(item) ? toInstance(dto, item) : item));
  return isPlainObject(value) ? toInstance(dto, value) : value;
}

/** class-validator reports constraint names; these are the generic codes when the spec names no specific one. */
function codeFor(constraint: string, error: ValidationError): FlkCode {
  const specific = (error.contexts?.[constraint] as { code?: FlkCode } | undefined)?.code;
  if (specific) return specific;
  if (constraint === 'whitelistValidation') return 'FLK-0300';
  if (constraint === 'isDefined') return 'FLK-0301';
  return 'FLK-0001';
}

/**
 * When one field breaks several rules, the most basic one speaks first: present, then the right type, then not
 * empty — so `""` for a required URL is "required/too short", not "bad format".
 */
const BASIC_RULES = ['isDefined', 'isString', 'isInt', 'isNumber', 'isBoolean', 'isObject', 'isArray', 'minLength', 'arrayMinSize'];
const TYPE_RULES = ['isString', 'isInt', 'isNumber', 'isBoolean', 'isObject', 'isArray'];
const rank = (constraint: string) => {
  const i = BASIC_RULES.indexOf(constraint);
  return i === -1 ? BASIC_RULES.length : i;
};

/**
 * class-validator's default texts, as a user of a JSON API reads them: it speaks of JavaScript ("should not be null or
 * undefined"), says "1 elements", and names the property inside a rule applied to each value of an array ("events
 * value in events must be …" once the path is put in front).
 */
function readable(constraint: string, text: string, error: ValidationError): string {
  if (constraint === 'isDefined') return error.value === null ? 'must not be null' : 'is required';
  const each = text.startsWith(`each value in ${error.property} `);
  const rule = (each ? text.slice(`each value in ${error.property} `.length) : text.replace(/^\S+\s/, ''))
    .replace(/\b1 elements\b/, '1 element')
    .replace(/^must be shorter than or equal to (\d+) characters$/, 'must be at most $1 characters long')
    .replace(/^must be longer than or equal to (\d+) characters$/, 'must be at least $1 characters long');
  return each ? `each value ${rule}` : rule;
}

function flatten(errors: ValidationError[], parent = '', out: Problem[] = []): Problem[] {
  for (const error of errors) {
    const path = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent ? `${parent}.${error.property}` : error.property;
    // A missing field fails every constraint on it; only "is required" is worth saying. So does a value of the wrong
    // type: `"description": null` read "must be a string; must be shorter than or equal to 500 characters".
    const all = error.constraints ?? {};
    const basic = all.isDefined ? 'isDefined' : TYPE_RULES.find((rule) => all[rule] !== undefined);
    const constraints = basic ? { [basic]: all[basic] } : all;
    const ordered = Object.entries(constraints).sort(([a], [b]) => rank(a) - rank(b));
    for (const [constraint, text] of ordered) {
      const message = constraint === 'whitelistValidation' ? 'is not a known field' : readable(constraint, text, error);
      out.push({ path, message, code: codeFor(constraint, error) });
    }
    if (error.children?.length) flatten(error.children, path, out);
  }
  return out;
}

/**
 * Turns a JSON body into an instance of the operation's generated DTO and validates it. Unknown fields are refused
 * where the spec closes the object; the first problem's code (the spec's x-flk-codes, else a generic one) answers,
 * and `fields` names every offending field.
 */
@Injectable()
export class BodyValidationPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body' || !isDtoClass(metadata.metatype)) return value;
    if (value === undefined && REQUIRED_BODIES.has(metadata.metatype.name)) {
      throw new FlkError('FLK-0001', 'The request body is required: send a JSON object.');
    }
    // An optional body may be left out (many clients send none to action routes): that means "no fields".
    const body = value === undefined ? {} : value;
    if (!isPlainObject(body)) throw new FlkError('FLK-0001', 'The request body must be a JSON object.');
    const instance = toInstance(metadata.metatype, body);
    const closed = (metadata.metatype as { closed?: boolean }).closed === true;
    const errors = validateSync(instance, {
      whitelist: true,
      forbidNonWhitelisted: closed,
      forbidUnknownValues: true,
      // The value is kept for `readable` alone (null and missing are told apart); no message repeats it.
      validationError: { target: false, value: true },
    });
    if (errors.length === 0) return instance;
    const problems = flatten(errors);
    const fields: Record<string, string> = {};
    for (const p of problems.slice(0, MAX_FIELDS_REPORTED)) fields[p.path] ??= p.message;
    const summary = problems.slice(0, 3).map((p) => `${p.path}${p.message.startsWith('each ') ? ':' : ''} ${p.message}`).join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    throw new FlkError(problems[0].code, `Invalid request body: ${summary}${more}.`, fields);
  }
}
