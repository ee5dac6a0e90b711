import { PrivacyPolicy } from '@privacy-label-kit/react';
import { assertPolicy } from '@privacy-label-kit/schema';
// The components' styles, for a page rendered as a Server Component (a client component gets its styles from
// styled-components through the registry in the layout). Next.js serves it as a stylesheet of this origin.
import '@privacy-label-kit/react/styles.css';
import policyFile from '../policy.json';

// The page as a Server Component: no 'use client' anywhere on the way. The words, the label rules, the icons and the
// components render here on the server; the browser gets their HTML, their styles from
// @privacy-label-kit/react/styles.css (imported here), and of this package's code only the part that has
// state: the ⓘ toggles of the label summary (InteractiveLabelBadge).
export default function ServerComponentPage() {
  const policy = assertPolicy(policyFile);
  return (
    <main>
      <PrivacyPolicy policy={policy} locale="ko" summaryDisplay="toggle" />
    </main>
  );
}
