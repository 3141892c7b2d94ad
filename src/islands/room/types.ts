import type { ChecklistItem } from '../../lib/checklist';
import type { Question } from '../../lib/diagnostic/answers';
import type { RoomLayout } from '../../lib/room/share';
import type { VoteOption } from '../../lib/room/vote-options';
import type { RoomKind } from '../../lib/tools/room-data';
import type { ConstraintInfo, TrapCheckInfo } from '../diagnostic/types';

/** What the diagnostic room votes on and links to. */
export interface DiagnosticRoomContent {
  kind: 'diagnostic';
  questions: Question[];
  /** Older question sets whose sessions this room still resumes, opens and shows, each with its own statements. */
  olderSets: { version: number; questions: Question[] }[];
  trapChecks: TrapCheckInfo[];
  constraints: ConstraintInfo[];
}

/** What the checklist room votes on and links to. */
export interface ChecklistRoomContent {
  kind: 'checklist';
  items: ChecklistItem[];
  /** Constraint and guardrail pages, by id, base applied. */
  constraintHrefs: Record<string, string>;
  guardrailHrefs: Record<string, string>;
}

/** The room island's props: plain, serializable, from the page. */
export interface RoomProps {
  version: number;
  /** The line above every statement: the time frame, or the question the items answer. */
  prompt: string;
  /** The answers and their hand signs, in the order counts are kept (lib/room/vote-options). */
  votes: VoteOption[];
  /** The Coordination Trap checks' answers and the line above each check (diagnostic rooms). */
  trapVotes: VoteOption[];
  trapPrompt: string;
  content: DiagnosticRoomContent | ChecklistRoomContent;
  links: { yourData: string; tool: string; method?: string };
  labels: Record<string, string>;
}

/** One thing the room votes on. */
export interface Slide {
  id: string;
  text: string;
  /** A Coordination Trap check (yes or no), not a statement on the agreement scale. */
  trap: boolean;
}

export const kindOf = (props: RoomProps): RoomKind => props.content.kind;

/** The slides in the order the room votes: statements, then the Coordination Trap checks; or the checklist items. */
export function slidesOf({ content }: RoomProps): Slide[] {
  if (content.kind === 'checklist') return content.items.map((item) => ({ id: item.id, text: item.text, trap: false }));
  return [
    ...content.questions.map((q) => ({ id: q.id, text: q.text, trap: false })),
    ...content.trapChecks.map((check) => ({ id: check.id, text: check.symptom, trap: true })),
  ];
}

/** The order share links and Markdown follow. */
export function layoutOf(props: RoomProps): RoomLayout {
  const slides = slidesOf(props);
  return {
    kind: kindOf(props),
    version: props.version,
    ids: slides.filter((s) => !s.trap).map((s) => s.id),
    trapIds: slides.filter((s) => s.trap).map((s) => s.id),
  };
}

/**
 * The room as it was for a session voted on `version`: the page's own room, or the diagnostic room with an older
 * question set's statements (the Coordination Trap checks are the essay's and never change). Undefined when this page
 * does not know that version.
 */
export function roomFor(props: RoomProps, version: number): RoomProps | undefined {
  if (version === props.version) return props;
  const { content } = props;
  const older = content.kind === 'diagnostic' ? content.olderSets.find((set) => set.version === version) : undefined;
  if (content.kind !== 'diagnostic' || !older) return undefined;
  return { ...props, version, content: { ...content, questions: older.questions } };
}
