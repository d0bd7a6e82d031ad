'use server';
import { getTranslations } from 'next-intl/server';
import { clientAction } from '@/lib/actions';
import { answerFeedback } from '@/lib/knowledge-base/portal';
import { feedbackSchema } from '@/lib/knowledge-base/schemas';

export const answerFeedbackAction = clientAction(
  { schema: feedbackSchema, permission: 'knowledge_base.view', audit: 'article.feedback' },
  async (input, w) => {
    await answerFeedback(w, input);
    return { success: (await getTranslations('knowledgeBase'))('thanks') };
  },
);
