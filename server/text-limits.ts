/**
 * The longest text each free-text field accepts. The input schemas enforce these; pages hand them
 * to the forms, which set maxLength and say the limit next to the field.
 */
export const TEXT_LIMITS = {
  accountName: 100,
  email: 320,
  passwordMin: 10,
  password: 200,
  className: 80,
  joinCode: 20,
  assignmentTitle: 120,
  assignmentInstructions: 4000,
  giftText: 500_000,
  giftSource: 500,
  bankSearch: 200,
  schedulingSteps: 100,
} as const;

export type TextLimits = typeof TEXT_LIMITS;
