// An action is its input schema plus what it does with valid input. Pairing them here means no
// handler can forget to validate: `run` only ever sees parsed input.
import type * as v from 'valibot';
import type { Ctx } from './context';
import { parseInput } from './parseInput';

export type Handler<O> = (input: unknown, ctx: Ctx) => Promise<O>;

export interface ActionSpec<O> {
  handler: Handler<O>;
  /**
   * 'required': a write that creates records; the request must carry an idempotencyKey and a retry gets
   * the first answer. Without it, a key sent along is ignored (nothing is stored or replayed).
   */
  idempotency?: 'required';
  /**
   * 'only': the action never writes (a search, a page's data). dispatch runs it without a transaction
   * — one statement fewer each side and the connection not held between its queries — on a database
   * handle that refuses any write, so a wrongly marked action fails loudly instead of writing outside
   * a transaction. Validation, guards, limits and the refusal audit run as for every action.
   */
  reads?: 'only';
}

/**
 * `schema` may depend on the request (e.g. on today's date in Shanghai). `guard`, when given, runs
 * before validation, so a caller without the right role learns nothing about the input's shape.
 */
export function action<S extends v.GenericSchema, O>(
  schema: S | ((ctx: Ctx) => S),
  run: (input: v.InferOutput<S>, ctx: Ctx) => Promise<O>,
  guard?: (ctx: Ctx) => unknown,
): Handler<O> {
  return async (raw, ctx) => {
    guard?.(ctx);
    const s = typeof schema === 'function' ? (schema as (ctx: Ctx) => S)(ctx) : schema;
    return run(parseInput(s, raw), ctx);
  };
}
