// The parent's search and detail page. Public: no sign-in needed. Only filed institutions exist here.
import { townshipByCode } from '../../../domain/place/townships';
import { listItem } from '../../../domain/nursery/filters';
import { NURSERY_LIMITS } from '../../../domain/nursery/limits';
import { searchSchema } from '../../../domain/nursery/schema';
import type { LatLng, NurserySearchResult } from '../../../domain/nursery/types';
import { action } from '../../core/action';
import { notFound } from '../../core/errors';
import { findInstitution } from '../../db/repos/nurseries';
import { idInput } from '../common/schemas';
import { loadDetail, NURSERY_NOT_FOUND } from './record';
import { searchIndexFor } from './searchIndex';

export const search = action(searchSchema, async (input, ctx): Promise<NurserySearchResult> => {
  // The schema guarantees one of the two; the phone's position wins when both are given.
  const origin: LatLng = input.near ?? townshipByCode(input.township!)!.centre;
  const ageMonths = input.ageMonths ?? undefined;
  const index = await searchIndexFor(ctx.db);
  const page = index.nearest({
    origin,
    filter: {
      ...(ageMonths !== undefined ? { ageMonths } : {}),
      puhuiOnly: input.puhuiOnly ?? false,
      withVacancy: input.withVacancy ?? false,
      ...(input.careType ? { careType: input.careType } : {}),
    },
    offset: input.offset ?? 0,
    limit: input.limit ?? NURSERY_LIMITS.pageSizeDefault.value,
  });
  return {
    origin: { lat: origin.lat, lng: origin.lng },
    items: page.hits.map((h) => listItem(h.item, h.distanceM, ageMonths)),
    more: page.more,
  };
});

export const detail = action(idInput, async ({ id }, ctx) => {
  const row = await findInstitution(ctx.db, id);
  if (!row || row.filing_status !== 'filed') throw notFound(NURSERY_NOT_FOUND);
  return loadDetail(ctx.db, row, ctx.clock.now(), 'parent');
});
