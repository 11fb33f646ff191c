import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { FlkError, type FlkCode } from '../errors';

interface Problem {
  readonly path: string;
  readonly message: string;
  readonly code: FlkCode;
}

const MAX_FIELDS_REPORTED = 20;

function isDtoClass(metatype: unknown): metatype is new () => object {
  return typeof metatype === 'function' && ![String, Number, Boolean, Object, Array].includes(metatype as never);
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

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
const rank = (constraint: string) => {
  const i = BASIC_RULES.indexOf(constraint);
  return i === -1 ? BASIC_RULES.length : i;
};

function flatten(errors: ValidationError[], parent = '', out: Problem[] = []): Problem[] {
  for (const error of errors) {
    const path = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent ? `${parent}.${error.property}` : error.property;
    // A missing field fails every constraint on it; only "is required" is worth saying.
    const constraints = error.constraints?.isDefined ? { isDefined: error.constraints.isDefined } : error.constraints ?? {};
    const ordered = Object.entries(constraints).sort(([a], [b]) => rank(a) - rank(b));
    for (const [constraint, text] of ordered) {
      const message = constraint === 'whitelistValidation' ? 'is not a known field' : text.replace(/^\S+\s/, '');
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
    // An empty body is what many clients send to action routes; it means "no fields".
    const body = value === undefined ? {} : value;
    if (!isPlainObject(body)) throw new FlkError('FLK-0001', 'The request body must be a JSON object.');
    const instance = plainToInstance(metadata.metatype, body);
    const closed = (metadata.metatype as { closed?: boolean }).closed === true;
    const errors = validateSync(instance, {
      whitelist: true,
      forbidNonWhitelisted: closed,
      forbidUnknownValues: true,
      validationError: { target: false, value: false },
    });
    if (errors.length === 0) return instance;
    const problems = flatten(errors);
    const fields: Record<string, string> = {};
    for (const p of problems.slice(0, MAX_FIELDS_REPORTED)) fields[p.path] ??= p.message;
    const summary = problems.slice(0, 3).map((p) => `${p.path} ${p.message}`).join('; ');
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    throw new FlkError(problems[0].code, `Invalid request body: ${summary}${more}.`, fields);
  }
}
