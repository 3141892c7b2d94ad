/**
 * How a room shows each answer: its label and the hand sign people hold up, "fist to five" style. On the diagnostic's
 * agreement scale one finger is strongly disagree and five fingers strongly agree; a closed fist is "not sure".
 */
export interface VoteOption {
  label: string;
  /** The hand sign, as the facilitator says it out loud. */
  gesture: string;
  /** A short mark shown large on the wall, when it says more than the label. */
  mark: string;
}

/** The diagnostic's answers, in the order counts are kept (lib/room/diagnostic-room's ROOM_ANSWERS). */
export const DIAGNOSTIC_VOTES: readonly VoteOption[] = [
  { label: 'Strongly disagree', gesture: 'One finger', mark: '1' },
  { label: 'Disagree', gesture: 'Two fingers', mark: '2' },
  { label: 'Neither', gesture: 'Three fingers', mark: '3' },
  { label: 'Agree', gesture: 'Four fingers', mark: '4' },
  { label: 'Strongly agree', gesture: 'Five fingers', mark: '5' },
  { label: 'Not sure', gesture: 'A closed fist', mark: 'Fist' },
];

/** The Coordination Trap checks: does the symptom describe the team? */
export const TRAP_VOTES: readonly VoteOption[] = [
  { label: 'Yes', gesture: 'Hand up', mark: 'Yes' },
  { label: 'No', gesture: 'Hand down', mark: 'No' },
];

/** The checklist's answers, in the order counts are kept (lib/room/checklist-room's ROOM_CHECKLIST_ANSWERS). */
export const CHECKLIST_VOTES: readonly VoteOption[] = [
  { label: 'Yes', gesture: 'Thumb up', mark: 'Yes' },
  { label: 'Not yet', gesture: 'Thumb sideways', mark: 'Not yet' },
  { label: 'No', gesture: 'Thumb down', mark: 'No' },
];
