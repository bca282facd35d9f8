import type { DraftRecord, Origin } from './draft';
import type { Problems } from './report';

interface Reach {
  targetGroupId: string;
  targeted?: number;
  reached?: number;
}
interface Participant {
  actorId: string;
  role: string;
}

/**
 * Folds a 3W row into the partnership an earlier row of the same activity made (one row per sex or age
 * group, or per partner): its participants, themes and counts join the partnership; the earlier row's
 * title, kind and description stand. Two rows counting the same group are added up, with a warning,
 * since a sheet that repeats a row would otherwise count its people twice unnoticed.
 */
export function mergeRows(into: DraftRecord, row: DraftRecord, problems: Problems): void {
  const value = into.value;
  const parts = {
    participants: [...(into.origin.parts?.participants ?? [])],
    targetGroups: [...(into.origin.parts?.targetGroups ?? [])],
  };
  const participants = value.participants as Participant[];
  (row.value.participants as Participant[]).forEach((p, i) => {
    if (participants.some((q) => q.actorId === p.actorId && q.role === p.role)) return;
    participants.push(p);
    parts.participants.push(row.origin.parts?.participants?.[i]);
  });
  const themeIds = value.themeIds as string[];
  for (const id of row.value.themeIds as string[]) if (!themeIds.includes(id)) themeIds.push(id);
  const groups = value.targetGroups as Reach[];
  (row.value.targetGroups as Reach[]).forEach((reach, i) => {
    const same = groups.find((g) => g.targetGroupId === reach.targetGroupId);
    if (!same) {
      groups.push({ ...reach });
      parts.targetGroups.push(row.origin.parts?.targetGroups?.[i]);
      return;
    }
    for (const field of ['targeted', 'reached'] as const) {
      if (reach[field] === undefined) continue;
      if (same[field] !== undefined)
        problems.warn(
          {
            file: row.origin.file,
            row: row.origin.row,
            column: row.origin.parts?.targetGroups?.[i]?.columns?.[field],
          },
          `counts ${field} ${reach.targetGroupId} again for the activity of row ${into.origin.row}: added up`,
        );
      same[field] = (same[field] ?? 0) + reach[field];
    }
  });
  into.origin = { ...into.origin, parts: parts as Record<string, (Origin | undefined)[]> };
}
