import type { ComponentProps } from 'react';
import { ConflictResolver } from './conflict-resolver';
import { DraftNotice } from './draft-notice';
import type { EditorForm } from './use-editor-form';

/**
 * What an editor form says above its fields: that a draft was restored, and, for a form whose
 * save can meet someone else's (given `labels`), the per-field conflict table.
 */
export function EditorFormNotices({
  form,
  name,
  labels,
  describe,
  linked,
}: {
  form: EditorForm;
  /** The form's id prefix. */
  name: string;
  labels?: Record<string, string>;
  describe?: ComponentProps<typeof ConflictResolver>['describe'];
  linked?: ComponentProps<typeof ConflictResolver>['linked'];
}) {
  return (
    <>
      <DraftNotice restored={form.restored} onDiscard={form.discard} />
      {labels && form.conflict ? (
        <ConflictResolver
          form={name}
          conflict={form.conflict}
          live={form.live}
          labels={labels}
          describe={describe}
          linked={linked}
          onChoose={form.choose}
        />
      ) : null}
    </>
  );
}
