import { defineFunction } from '../../core/dispatch';
import * as childHealth from '../../handlers/childHealth';

export const childHealthFunction = defineFunction('childHealth', {
  overview: childHealth.overview,
  findChildren: childHealth.findChildren,
  childHealth: childHealth.childHealth,
  // No idempotency key: the (child, check) and (child, screening, round) primary keys make a second record a CONFLICT.
  recordCheck: childHealth.recordCheck,
  recordScreening: childHealth.recordScreening,
  queue: childHealth.queue,
});
