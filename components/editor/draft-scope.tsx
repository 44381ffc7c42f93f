'use client';

import { createContext, useContext, type ReactNode } from 'react';

// Whose drafts the editors' forms keep (the signed-in user's id): a tab shared by two editors
// in turn never shows one the other's unsaved text.
const DraftScopeContext = createContext('');

export function DraftScope({ scope, children }: { scope: string; children: ReactNode }) {
  return <DraftScopeContext value={scope}>{children}</DraftScopeContext>;
}

export function useDraftScope(): string {
  return useContext(DraftScopeContext);
}
