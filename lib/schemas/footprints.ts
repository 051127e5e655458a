import { z } from 'zod';

export const tacticSchema = z.enum(['guest-posts', 'resource-pages', 'broken-links', 'curated-lists', 'directories', 'journalist-requests', 'competitor-reviews', 'author-footprints']);

export const footprintTemplateSchema = z.object({
  id: z.string().min(1).max(80),
  tactic: tacticSchema,
  template: z.string().trim().min(1).max(500),
});

/** What the query builder keeps between visits: the user's templates and the last inputs. */
export const footprintPrefsSchema = z.object({
  templates: z.array(footprintTemplateSchema).max(500),
  keywords: z.string().max(2000),
  name: z.string().max(200),
  engine: z.enum(['google', 'bing', 'duckduckgo']),
  after: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  brand: z.string().max(500),
  noise: z.string().max(4000),
  excludeOwn: z.boolean(),
});

export type FootprintPrefs = z.infer<typeof footprintPrefsSchema>;
