import { defineFunction } from '../../core/dispatch';
import * as maternal from '../../handlers/maternal';

// 母婴健康, the pregnancy: the family's actions and the 妇幼保健 staff's.
export const maternalFunction = defineFunction('maternal', {
  mine: { handler: maternal.mine, reads: 'only' },
  get: { handler: maternal.get, reads: 'only' },
  start: { handler: maternal.start, idempotency: 'required' },
  correctDating: maternal.correctDating,
  findMothers: maternal.findMothers,
  pregnancy: maternal.pregnancy,
  recordCheck: { handler: maternal.recordCheck, idempotency: 'required' },
  recordRisk: { handler: maternal.recordRisk, idempotency: 'required' },
  recordDelivery: maternal.recordDelivery,
  queue: maternal.queue,
  highRisk: maternal.highRisk,
});
