// Every figure of one period (and township), for the dashboard and for the yearly report.
import type { Kysely } from 'kysely';
import type { BirthFigures, NurseryFigures, StepTurnaround, SubsidyFigures } from '../../../domain/dashboard/types';
import type { Database } from '../../db/tables';
import { birthCells, birthFigures } from './births';
import { bundleTurnaround } from './bundle';
import { nurseryFigures } from './nurseries';
import type { FigureScope } from './scope';
import { subsidyFigures } from './subsidies';

export interface Figures {
  births: BirthFigures;
  bundle: StepTurnaround[];
  subsidies: SubsidyFigures;
  nurseries: NurseryFigures;
}

export async function loadFigures(db: Kysely<Database>, scope: FigureScope): Promise<Figures> {
  return {
    births: birthFigures(await birthCells(db, scope), scope),
    bundle: await bundleTurnaround(db, scope),
    subsidies: await subsidyFigures(db, scope),
    nurseries: await nurseryFigures(db, scope.township),
  };
}
