import type { Actor } from '@/lib/auth/actor';
import { commitImport } from '@/lib/import/commit-import';
import { previewImport } from '@/lib/import/preview-import';
import { jsonFile } from './import-files';

/**
 * Previews `rows` as a JSON file, then commits that very file as the import page does (the
 * preview's hash and plan digest); `between` runs in between, as another user's work would.
 */
export async function commitFile(actor: Actor, rows: unknown[], between?: () => Promise<void>) {
  const bytes = jsonFile(rows);
  const preview = await previewImport(actor, { bytes, fileName: 'claims.json' });
  if (!preview.ok) throw new Error(`preview refused: ${preview.message}`);
  await between?.();
  const committed = await commitImport(actor, {
    bytes,
    fileName: 'claims.json',
    fileHash: preview.fileHash,
    planDigest: preview.planDigest,
  });
  return { preview, committed };
}

/** A word no other claim holds: letters only, so both search configurations keep it whole. */
export function uniqueWord(): string {
  let out = 'zq';
  for (let i = 0; i < 10; i++) out += String.fromCharCode(97 + Math.floor(Math.random() * 26));
  return out;
}
