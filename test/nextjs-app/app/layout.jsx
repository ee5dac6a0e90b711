import { headers } from 'next/headers';
import StyledComponentsRegistry from './StyledComponentsRegistry';

export const metadata = { title: '개인정보 처리방침' };

export default async function RootLayout({ children }) {
  // Set by proxy.js for every request; reading it makes each page render per request, as a nonce requires.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="ko">
      <head>
        {/* styled-components finds the nonce here when it loads in the browser, before React hydrates. */}
        <meta property="csp-nonce" nonce={nonce} />
      </head>
      <body>
        <StyledComponentsRegistry nonce={nonce}>{children}</StyledComponentsRegistry>
      </body>
    </html>
  );
}
