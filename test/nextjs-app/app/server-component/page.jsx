import { PrivacyPolicy } from '@privacy-label-kit/react';
import { assertPolicy } from '@privacy-label-kit/schema';
import policyFile from '../policy.json';

// The page as a Server Component: no 'use client' anywhere on the way. The words, the label rules, the icons and the
// components render here on the server; the browser gets their HTML and styles, and of this package's code only the
// part that has state: the ⓘ toggles of the label summary (InteractiveLabelBadge).
export default function ServerComponentPage() {
  const policy = assertPolicy(policyFile);
  return (
    <main>
      <PrivacyPolicy policy={policy} locale="ko" summaryDisplay="toggle" />
    </main>
  );
}
