import { defineFunction } from '../../core/dispatch';
import * as children from '../../handlers/children';

export const vaccineFunction = defineFunction('vaccine', {
  calendar: children.calendar,
});
