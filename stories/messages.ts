/**
 * Words of the documentation site's own components (gallery, schema reference): one typed bundle per language, the
 * same shape as the page's words in @privacy-label-kit/react (plain strings; functions where a value goes in).
 */
export interface DocsWords {
  galleryHeading: string;
  filterFamily: string;
  familyAll: string;
  familyProcessing: string;
  familyProtection: string;
  search: string;
  searchPlaceholder: string;
  resultCount: (count: number) => string;
  noResults: string;
  online: string;
  offline: string;
  download: string;
  downloadFile: (format: string, variant: string, title: string) => string;
  sizes: string;
  tags: string;
  schemaField: string;
  schemaType: string;
  schemaRequired: string;
  schemaDescription: string;
  yes: string;
  no: string;
  oneOf: string;
}

const englishPlural = new Intl.PluralRules('en');

export const docsMessages: Record<'ko' | 'en', DocsWords> = {
  ko: {
    galleryHeading: '라벨 아이콘',
    filterFamily: '분류',
    familyAll: '전체',
    familyProcessing: '처리 단계 (육각형)',
    familyProtection: '보호 의무 (둥근 사각형)',
    search: '검색',
    searchPlaceholder: '이름이나 태그로 찾기 (예: 쿠키, retention)',
    resultCount: (count: number) => `아이콘 ${count}개`,
    noResults: '찾는 아이콘이 없습니다. 다른 낱말로 찾아 보세요.',
    online: '온라인 (컬러)',
    offline: '오프라인 (인쇄용 흑백)',
    download: '내려받기',
    downloadFile: (format: string, variant: string, title: string) =>
      `${title} ${variant} ${format} 내려받기`,
    sizes: '16 · 24 · 48 px',
    tags: '태그',
    schemaField: '항목',
    schemaType: '형식',
    schemaRequired: '필수',
    schemaDescription: '설명',
    yes: '예',
    no: '아니요',
    oneOf: '다음 중 하나',
  },
  en: {
    galleryHeading: 'Label icons',
    filterFamily: 'Family',
    familyAll: 'All',
    familyProcessing: 'Processing (hexagon)',
    familyProtection: 'Protection (rounded square)',
    search: 'Search',
    searchPlaceholder: 'Find by name or tag (e.g. cookie, 보관)',
    resultCount: (count: number) => `${count} ${englishPlural.select(count) === 'one' ? 'icon' : 'icons'}`,
    noResults: 'No icon matches. Try another word.',
    online: 'Online (colour)',
    offline: 'Offline (print, monochrome)',
    download: 'Download',
    downloadFile: (format: string, variant: string, title: string) =>
      `Download ${title} ${variant} ${format}`,
    sizes: '16 · 24 · 48 px',
    tags: 'Tags',
    schemaField: 'Field',
    schemaType: 'Type',
    schemaRequired: 'Required',
    schemaDescription: 'Description',
    yes: 'Yes',
    no: 'No',
    oneOf: 'One of',
  },
};

export type DocsLocale = keyof typeof docsMessages;
