// The only validation path on the server: the domain's `validate` (the same one the client runs),
// turned into INVALID_INPUT naming each wrong field.
import type * as v from 'valibot';
import { validate } from '../../domain/validation';
import { invalidInput } from './errors';

export function parseInput<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const result = validate(schema, input);
  if (!result.ok) throw invalidInput(result.fields);
  return result.value;
}
