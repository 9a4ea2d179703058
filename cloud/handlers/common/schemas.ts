// Small action inputs, built from the domain's field builders so every message is Chinese and names
// its field.
import * as v from 'valibot';
import { requiredText, strictFields, typeMessage } from '../../../domain/validation';
import { maskForLog } from '../../security/maskForLog';

export const ID_MAX_LENGTH = 64;

/** `{}`, and nothing else: an unknown key is refused. */
export const emptyInput = strictFields('请求参数', {});

export function recordId(label = '记录标识') {
  return requiredText(label, ID_MAX_LENGTH);
}

export const idInput = strictFields('请求参数', { id: recordId() });

/**
 * A free-text reason (a rejection, a correction, a cancellation). It is stored in clear, written to
 * the audit log and sent in messages, so an ID number or phone typed into it is masked here, once,
 * before any handler sees it (docs/decisions.md §7: masked in logs).
 */
export function reasonText(label: string) {
  return v.pipe(requiredText(label, 200), v.transform(maskForLog));
}

const MAX_PAGE = 10_000;

/** The page of a paged staff list: a whole number from 1. */
export const pageNumber = v.optional(
  v.pipe(
    v.number(typeMessage('页码')),
    v.integer('页码应为整数'),
    v.minValue(1, '页码应从1开始'),
    v.maxValue(MAX_PAGE, `页码不能超过${MAX_PAGE}`),
  ),
);
