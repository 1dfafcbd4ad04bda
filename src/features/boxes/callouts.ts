/** The kinds of <Callout>, with the label shown (and announced) when the editor gives no title. */
export const CALLOUT_KINDS = {
  note: { label: 'Good to know', icon: 'i' },
  warning: { label: 'Important', icon: '!' },
  investigational: { label: 'Investigational: not an approved treatment', icon: '!' },
  'sources-differ': { label: 'Sources differ', icon: '≠' },
  'care-team': { label: 'Talk to your care team', icon: '?' },
} as const;

export type CalloutKind = keyof typeof CALLOUT_KINDS;
