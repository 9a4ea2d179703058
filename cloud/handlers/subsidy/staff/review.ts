// The 卫健 reviewers' side: the queue, one application with the facts the server used and the
// engine's explanation, and the two decisions. Every read and decision is in the audit log.
import { todayIn } from '../../../../domain/dates';
import { maskIdNumber } from '../../../../domain/identity/idNumber';
import { evaluateChild } from '../../../../domain/subsidy/engine';
import { decideSubsidySchema, subsidyQueueSchema } from '../../../../domain/subsidy/schema';
import type { ChildPapersInput, SubsidyQueueItem, SubsidyReview } from '../../../../domain/subsidy/types';
import { action } from '../../../core/action';
import type { Ctx } from '../../../core/context';
import { notFound } from '../../../core/errors';
import { childSummaries, findChild } from '../../../db/repos/children';
import { applicationsInStatus, findApplication, type SubsidyApplicationRow } from '../../../db/repos/subsidies';
import { maskForLog } from '../../../security/maskForLog';
import { idInput } from '../../common/schemas';
import { childRecord } from '../facts';
import { acceptApplication, decideApplication } from '../flow';
import { APPLICATION_NOT_FOUND, linesOf } from '../record';
import { applicationViews } from '../views';
import { currentRules } from '../policy';
import { requireReviewer } from './guards';
import { auditTrail } from '../../common/auditTrail';

async function reviewOf(ctx: Ctx, row: SubsidyApplicationRow): Promise<SubsidyReview> {
  const child = await findChild(ctx.db, row.child_id);
  if (!child) throw new Error('subsidy application without its child');
  const papers = row.papers_enc ? (JSON.parse(ctx.crypto.decrypt(row.papers_enc)) as ChildPapersInput) : undefined;
  // The facts as this application states them: its own papers when it carried some.
  const record = await childRecord(ctx, child, papers ? { childId: child.id, applicationId: row.id } : undefined);
  const [application] = await applicationViews(ctx, [row]);
  const review: SubsidyReview = {
    application: application!,
    facts: record.facts,
    evaluation: evaluateChild(record.facts, todayIn(ctx.clock.now()), await currentRules(ctx)),
  };
  if (papers) {
    review.papers = {
      idNumberMasked: maskIdNumber(papers.idNumber),
      birthCertificateNumber: papers.birthCertificateNumber,
      hukouTownship: papers.hukouTownship,
      hukouBookFileId: papers.hukouBookFileId,
    };
  } else if (record.hukouSource) {
    review.papersSource = record.hukouSource;
  }
  return review;
}

const audit = auditTrail('health_bureau', 'subsidy_application');

async function applicationOrNotFound(ctx: Ctx, id: string): Promise<SubsidyApplicationRow> {
  const row = await findApplication(ctx.db, id);
  if (!row) throw notFound(APPLICATION_NOT_FOUND);
  return row;
}

/** Submitted and under review (or one of them), oldest first. A list of children's names: an audited read. */
export const subsidyQueue = action(
  subsidyQueueSchema,
  async ({ status }, ctx): Promise<SubsidyQueueItem[]> => {
    const clerk = requireReviewer(ctx);
    const rows = await applicationsInStatus(ctx.db, status ? [status] : ['submitted', 'under_review']);
    const children = await childSummaries(
      ctx.db,
      rows.map((r) => r.child_id),
    );
    await audit(ctx, clerk.userId, 'subsidy.queue', status ?? '*', { count: rows.length });
    return rows.map((r) => {
      const child = children.find((c) => c.id === r.child_id);
      const lines = linesOf(r);
      return {
        id: r.id,
        number: r.number,
        childName: child?.name ?? '',
        childBirthDate: child?.birth_date ?? '',
        status: r.status,
        submittedAt: r.submitted_at,
        reviewDueBy: r.review_due_by,
        totalFen: r.total_fen,
        ruleNames: [...new Set(lines.map((l) => l.ruleName))],
      };
    });
  },
  requireReviewer,
);

export const subsidyReview = action(
  idInput,
  async ({ id }, ctx) => {
    const clerk = requireReviewer(ctx);
    const row = await applicationOrNotFound(ctx, id);
    await audit(ctx, clerk.userId, 'subsidy.read', row.id, { number: row.number, papers: row.papers_enc !== null });
    return reviewOf(ctx, row);
  },
  requireReviewer,
);

export const acceptSubsidy = action(
  idInput,
  async ({ id }, ctx) => {
    const clerk = requireReviewer(ctx);
    await acceptApplication(ctx, id, { userId: clerk.userId, role: 'health_bureau' });
    return reviewOf(ctx, await applicationOrNotFound(ctx, id));
  },
  requireReviewer,
);

export const decideSubsidy = action(
  decideSubsidySchema,
  async ({ id, decision, reason }, ctx) => {
    const clerk = requireReviewer(ctx);
    // Stored in clear, sent in a message and audited: an ID number or phone typed into it is masked.
    const why = decision === 'reject' && reason ? maskForLog(reason) : undefined;
    await decideApplication(ctx, id, decision, why, { userId: clerk.userId, role: 'health_bureau' });
    return reviewOf(ctx, await applicationOrNotFound(ctx, id));
  },
  requireReviewer,
);
