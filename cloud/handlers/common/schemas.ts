// Small action inputs, built from the domain's field builders so every message is Chinese and names
// its field.
import { requiredText, strictFields } from '../../../domain/validation';

export const ID_MAX_LENGTH = 64;

/** `{}`, and nothing else: an unknown key is refused. */
export const emptyInput = strictFields('请求参数', {});

export function recordId(label = '记录标识') {
  return requiredText(label, ID_MAX_LENGTH);
}

export const idInput = strictFields('请求参数', { id: recordId() });

export function reasonText(label: string) {
  return requiredText(label, 200);
}
