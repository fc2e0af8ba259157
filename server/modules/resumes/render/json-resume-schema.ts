import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * Validation against the official JSON Resume schema (v1.0.0, from the `resume-schema` package,
 * a draft-04 schema, hence Ajv's draft-04 build), with each error on a path such as
 * `work.0.startDate`.
 */
export interface FieldError {
  path: string;
  message: string;
}

const require = createRequire(import.meta.url);
const schema = require('resume-schema/schema.json') as object;

// Both packages are CommonJS; `.default` is how their classes are typed under NodeNext.
// The schema uses `additionalItems` without tuple `items`, which Ajv's strict mode refuses.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

export function validateJsonResume(document: unknown): FieldError[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map(toFieldError);
}

function toFieldError(error: ErrorObject): FieldError {
  const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  const extra = params.missingProperty ?? params.additionalProperty;
  if (extra) segments.push(extra);
  return { path: segments.join('.') || '(document)', message: messageOf(error) };
}

function messageOf(error: ErrorObject): string {
  if (error.keyword === 'pattern' && error.schemaPath.includes('iso8601')) {
    return 'a date such as 2024, 2024-06 or 2024-06-30';
  }
  if (error.keyword === 'format') return `must be a valid ${String(error.params.format)}`;
  if (error.keyword === 'additionalProperties') return 'is not a JSON Resume field';
  return error.message ?? 'is invalid';
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
