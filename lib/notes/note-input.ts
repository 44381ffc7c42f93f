import { z } from 'zod';
import { requiredText } from '@/lib/validation/text';
import { optionalRecordId, recordId } from '@/lib/validation/form-values';
import { NOTE_BODY_MAX } from './note-rules';

const body = requiredText({ label: 'Note', max: NOTE_BODY_MAX, multiline: true });

/** A new note on a claim, or (with `citationId`) on one of its citations. */
export const createNoteSchema = z.strictObject({
  claimId: recordId('Claim'),
  citationId: optionalRecordId('Citation').optional().default(null),
  body,
});

export const editNoteSchema = z.strictObject({ id: recordId('Note'), body });

export const deleteNoteSchema = z.strictObject({ id: recordId('Note') });
