// @privacy-label-kit/react/static: the policy page and the label summary as static HTML, for hosts that run no
// React (a shop builder, a plain web server) and for `privacy-label export --format html`. Node or any server runtime.
export {
  type LabelSummarySnippetOptions,
  labelSummarySnippetFileName,
  policyPageFileName,
  prefixIds,
  renderLabelSummarySnippet,
  renderStaticPolicyPage,
  type StaticPageWords,
  type StaticPolicyPageOptions,
} from './static/staticPage.js';
