import type { FileError } from './import-row';
import type { ImportFailure } from './import-types';

/** A refusal in the form-state contract: the sentence, and the places as the file field's errors. */
export function importFailure(error: FileError): ImportFailure {
  return error.details && error.details.length > 0
    ? { ok: false, message: error.message, errors: { file: error.details } }
    : { ok: false, message: error.message };
}
