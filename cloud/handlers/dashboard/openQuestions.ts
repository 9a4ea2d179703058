// dashboard.openQuestions: what is still to be confirmed about the rules and data the service relies
// on (domain/openQuestions.ts), for the health bureau, which confirms them with the departments.
// Health bureau only, like the rest of 人口监测; nothing personal, so the read is not audited.
import { openQuestionTopics, type OpenQuestionTopic } from '../../../domain/openQuestions';
import { action } from '../../core/action';
import { emptyInput } from '../common/schemas';
import { requireMonitoring } from './access';

export const openQuestions = action(
  emptyInput,
  async (_input, ctx): Promise<OpenQuestionTopic[]> => {
    requireMonitoring(ctx);
    return openQuestionTopics();
  },
  requireMonitoring,
);
