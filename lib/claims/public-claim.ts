/** The condition every reader-facing claim query shares: published and not deleted. */
export const PUBLIC_CLAIM = { status: 'published', deletedAt: null } as const;
