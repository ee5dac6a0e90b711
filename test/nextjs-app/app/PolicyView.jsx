'use client';

import { PrivacyPolicy } from '@privacy-label-kit/react';
import { useState } from 'react';

// The policy page is a client component (styled-components needs React context); it still renders on the server.
// The language switch proves the page is interactive after hydration.
export default function PolicyView({ policy }) {
  const [locale, setLocale] = useState('ko');
  const other = locale === 'ko' ? 'en' : 'ko';
  return (
    <>
      <button type="button" id="switch-language" onClick={() => setLocale(other)}>
        {other === 'en' ? 'English' : '한국어'}
      </button>
      <PrivacyPolicy policy={policy} locale={locale} />
    </>
  );
}
