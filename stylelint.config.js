// Stylelint for src/styles (`npm run lint`): stylelint-config-standard's checks of what CSS means,
// without its opinions on layout, which Prettier owns. Each rule switched off says why.
export default {
  extends: ['stylelint-config-standard'],
  // A disable comment must say why (`/* stylelint-disable-next-line rule -- reason */`).
  reportDescriptionlessDisables: true,
  rules: {
    // Cascade layers (src/styles/global.css) decide which rule wins; !important would reverse their
    // order. The one accepted use, the reduced-motion override in base.css, is disabled there with its reason.
    'declaration-no-important': true,
    // Blank lines and comment spacing: the house style groups rules tightly; Prettier keeps the rest.
    'rule-empty-line-before': null,
    'comment-empty-line-before': null,
    'custom-property-empty-line-before': null,
    'at-rule-empty-line-before': null,
    'declaration-empty-line-before': null,
    // Spelling choices with no effect on the result: #ffffff, currentColor and Arial read as well.
    'color-hex-length': null,
    'value-keyword-case': null,
    // @import './tokens.css' is what Vite resolves and bundles; url() adds nothing.
    'import-notation': null,
    // :not(.a):not(.b) and :not(.a, .b) match the same elements.
    'selector-not-notation': null,
    // The files are ordered by component, not by specificity.
    'no-descending-specificity': null,
    // min-width: … rather than width >= …: range syntax needs Safari 16.4, and readers keep old phones.
    'media-feature-range-notation': 'prefix',
    // Safari on iPhone still needs the prefix to stop enlarging text in landscape.
    'property-no-vendor-prefix': [true, { ignoreProperties: ['/text-size-adjust/'] }],
    'selector-class-pattern': [
      '^[a-z][a-z0-9]*(-[a-z0-9]+)*(__[a-z0-9]+(-[a-z0-9]+)*)?(--[a-z0-9]+(-[a-z0-9]+)*)?$',
      { message: 'class names are kebab-case words, with BEM-style __element and --modifier: .references__list, .callout--warning' },
    ],
  },
};
