/** The kinds of <Callout>, with the label shown (and announced) when the editor gives no title. */
export const CALLOUT_KINDS = {
  note: { label: 'Good to know', word: 'calloutNote', icon: 'i' },
  warning: { label: 'Important', word: 'calloutWarning', icon: '!' },
  investigational: { label: 'Investigational: not an approved treatment', word: 'calloutInvestigational', icon: '!' },
  'sources-differ': { label: 'Sources differ', word: 'calloutSourcesDiffer', icon: '≠' },
  'care-team': { label: 'Talk to your care team', word: 'calloutCareTeam', icon: '?' },
} as const;

export type CalloutKind = keyof typeof CALLOUT_KINDS;
