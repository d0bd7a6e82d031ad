import { z } from 'zod';

/** "Was this helpful?": the article and the button pressed. */
export const feedbackSchema = z.object({
  articleId: z.uuid('That article was not found.'),
  helpful: z.enum(['yes', 'no'], 'Choose Yes or No.').transform((v) => v === 'yes'),
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;
