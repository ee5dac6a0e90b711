'use client';

import { useServerInsertedHTML } from 'next/navigation';
import { useState } from 'react';
import { ServerStyleSheet, StyleSheetManager } from 'styled-components';

// The styled-components registry for the App Router: styles collected during the server render are streamed into
// the HTML as <style> elements carrying the request's nonce; in the browser styled-components takes over by itself.
export default function StyledComponentsRegistry({ nonce, children }) {
  const [sheet] = useState(() => new ServerStyleSheet({ nonce }));

  useServerInsertedHTML(() => {
    const styles = sheet.getStyleElement();
    sheet.instance.clearTag();
    return <>{styles}</>;
  });

  if (typeof window !== 'undefined') return <>{children}</>;
  return <StyleSheetManager sheet={sheet.instance}>{children}</StyleSheetManager>;
}
