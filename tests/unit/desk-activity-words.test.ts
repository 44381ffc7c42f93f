import { describe, expect, it } from 'vitest';
import { answerFor } from '@/components/desk-panel/answer-for';
import { actionWords, describeActivity } from '@/lib/audit/activity-description';
import { notificationDetail } from '@/lib/notifications/notification-detail';
import { stageAge } from '@/lib/workflow/stage-age';

const names = {
  users: new Map([
    ['u1', 'Ana'],
    ['u2', 'Ben'],
  ]),
  sources: new Map([[7, 'Ministry briefing']]),
};

describe('activity in words', () => {
  it('says who was put on or taken off the claim', () => {
    expect(
      describeActivity(
        {
          action: 'claim.assign',
          entityType: 'claim',
          before: { assigneeId: null, reviewerId: 'u2' },
          after: { assigneeId: 'u1', reviewerId: 'u2' },
        },
        names,
      ),
    ).toEqual({
      summary: 'assigned Ana as assignee',
      changes: [{ field: 'assigneeId', label: 'Assignee', before: 'nobody', after: 'Ana' }],
    });
    expect(
      describeActivity(
        {
          action: 'claim.unassign',
          entityType: 'claim',
          before: { assigneeId: 'u1', reviewerId: 'u2' },
          after: { assigneeId: 'u1', reviewerId: null },
        },
        names,
      ).summary,
    ).toBe('unassigned Ben as reviewer');
  });

  it('names the stage, the archive reason and the cited source', () => {
    const archived = describeActivity(
      {
        action: 'claim.stage',
        entityType: 'claim',
        before: { stage: 'researching', archiveReason: null, version: 3 },
        after: { stage: 'archived', archiveReason: 'Not checkable', version: 4 },
      },
      names,
    );
    expect(archived.summary).toBe('moved the claim to Archived');
    expect(archived.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Stage', 'Researching', 'Archived'],
      ['Archive reason', '—', 'Not checkable'],
    ]);
    expect(
      describeActivity(
        {
          action: 'citation.create',
          entityType: 'citation',
          before: null,
          after: { sourceId: 7, stance: 'contradicts' },
        },
        names,
      ).summary,
    ).toBe('cited “Ministry briefing” (contradicts)');
  });

  it('diffs an edit’s shown fields only, in words', () => {
    const edit = describeActivity(
      {
        action: 'claim.update',
        entityType: 'claim',
        before: { title: 'Old', firstAppearedAt: '2024-11-05T00:00:00.000Z', version: 1, tags: [] },
        after: {
          title: 'New',
          firstAppearedAt: '2024-11-06T00:00:00.000Z',
          version: 2,
          tags: ['NK'],
        },
      },
      names,
    );
    expect(edit.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Title', 'Old', 'New'],
      ['First appeared on', '2024-11-05', '2024-11-06'],
      ['Tags', '—', 'NK'],
    ]);
  });

  it('words notes and actions it does not know yet', () => {
    const note = (before: object | null, after: object | null) =>
      describeActivity(
        { action: 'note.x', entityType: 'note', before: before as never, after: after as never },
        names,
      ).summary;
    expect(note(null, { body: 'a' })).toBe('added a note');
    expect(note({ body: 'a' }, { body: 'b' })).toBe('edited a note');
    expect(note({ body: 'a' }, { body: 'a', deletedAt: '2026-12-04' })).toBe('deleted a note');
    expect(actionWords('claim.send_back')).toBe('send back (claim.send_back)');
    expect(actionWords('verdict.change')).toBe('changed the verdict');
  });
});

describe('notification detail', () => {
  it('reads an audit action, a desk role, or the text carried', () => {
    expect(notificationDetail('followed_change', 'claim.stage')).toBe(
      'moved the claim to another stage',
    );
    expect(notificationDetail('assigned', 'reviewer')).toBe('as reviewer');
    expect(notificationDetail('sent_back', 'Cite the ministry.')).toBe('Cite the ministry.');
    expect(notificationDetail('review_requested', '')).toBe('');
  });
});

describe('stage age', () => {
  it('says hours under a day and whole days after', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    expect(stageAge(new Date('2026-12-04T11:30:00Z'), now)).toBe('less than an hour');
    expect(stageAge(new Date('2026-12-04T11:00:00Z'), now)).toBe('1 hour');
    expect(stageAge(new Date('2026-12-03T13:00:00Z'), now)).toBe('23 hours');
    expect(stageAge(new Date('2026-12-01T11:00:00Z'), now)).toBe('3 days');
    expect(stageAge(new Date('2026-12-05T12:00:00Z'), now)).toBe('less than an hour');
  });
});

describe('desk form answers', () => {
  it('apply to the version they were given for, or the version that beat them', () => {
    const refused = { message: 'Say why', values: { version: '3' } };
    expect(answerFor(refused, 3)).toBe(refused);
    expect(answerFor(refused, 4)).toEqual({});
    const conflict = {
      message: 'Someone else saved this claim',
      values: { version: '3' },
      conflict: { current: {}, changedFields: [], version: '5', fields: [] },
    };
    expect(answerFor(conflict, 5)).toBe(conflict);
    expect(answerFor(conflict, 6)).toEqual({});
  });
});
