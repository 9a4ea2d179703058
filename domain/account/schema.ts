// Real-name check input: the name and ID number the identity provider is asked to match.
import { idNumberField, personName, strictFields } from '../validation';

export function verifyIdentitySchema(today: string) {
  return strictFields('实名信息', {
    name: personName('姓名'),
    idNumber: idNumberField('公民身份号码', today),
  });
}
