// Every figure of one period (and township), for the dashboard and for the yearly report.
import type { Kysely } from 'kysely';
import { maternalChildFigures, type MaternalChildFigures } from '../../../domain/dashboard/maternalChildFigures';
import type { BirthFigures, NurseryFigures, StepTurnaround, SubsidyFigures } from '../../../domain/dashboard/types';
import { birthCountCells } from '../../db/repos/birthFacts';
import type { Database } from '../../db/tables';
import { birthFigures } from './births';
import { bundleTurnaround } from './bundle';
import { loadMaternalChildFacts } from './maternalChildFacts';
import { nurseryFigures } from './nurseries';
import { reportedFigureViews } from './reported';
import type { FigureScope } from './scope';
import { subsidyFigures } from './subsidies';

export interface Figures {
  births: BirthFigures;
  bundle: StepTurnaround[];
  subsidies: SubsidyFigures;
  nurseries: NurseryFigures;
  maternalChild: MaternalChildFigures;
}

export async function loadFigures(db: Kysely<Database>, scope: FigureScope): Promise<Figures> {
  return {
    births: birthFigures(await birthCountCells(db, scope), scope),
    bundle: await bundleTurnaround(db, scope),
    subsidies: await subsidyFigures(db, scope),
    nurseries: await nurseryFigures(db, scope.township),
    maternalChild: await maternalChild(db, scope),
  };
}

async function maternalChild(db: Kysely<Database>, scope: FigureScope): Promise<MaternalChildFigures> {
  const facts = await loadMaternalChildFacts(db, scope.township ? { township: scope.township } : {});
  const reported = await reportedFigureViews(db, { from: Number(scope.from.slice(0, 4)), to: Number(scope.to.slice(0, 4)) });
  return maternalChildFigures(facts.pregnancies, facts.children, scope, reported);
}
