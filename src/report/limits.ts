// Bounds keep one report far below the server's 64 KB body limit, whatever a page contains.
// A module of its own (no valibot) so the content script can bound a draft without the schema.
export const LIMITS = { quote: 500, sentence: 2000, comment: 2000, message: 1000, factIds: 50, factId: 200, url: 2000 } as const;
