import type { LabelIconFamily } from '@privacy-label-kit/icons';
import { withParticle } from '@privacy-label-kit/schema/core';

/**
 * Words of the documentation site's own components (gallery, schema reference): one typed bundle per language, the
 * same shape as the page's words in @privacy-label-kit/react (plain strings; functions where a value goes in).
 */
export interface DocsWords {
  galleryHeading: string;
  filterFamily: string;
  familyAll: string;
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
  /** The grid's variant switch. */
  preview: string;
  allIcons: string;
  /** Each label family's name with its frame shape: the gallery's filter and each icon's page. */
  familyName: Record<LabelIconFamily, string>;
  sizeLabel: (pixels: number) => string;
  caption: string;
  withCaption: string;
  withoutCaption: string;
  variant: string;
  downloadAs: (format: string) => string;
  downloadNote: string;
  downloaded: (fileName: string) => string;
  code: string;
  copy: (what: string) => string;
  copied: (what: string) => string;
  copyFailed: string;
  iconId: string;
  schemaSearch: string;
  schemaSearchPlaceholder: string;
  schemaFieldCount: (count: number) => string;
  schemaNoResults: string;
  schemaSections: string;
  schemaSectionTitle: (field: string) => string;
}

const englishPlural = new Intl.PluralRules('en');

export const docsMessages: Record<'ko' | 'en', DocsWords> = {
  ko: {
    galleryHeading: '라벨 아이콘',
    filterFamily: '분류',
    familyAll: '전체',
    search: '검색',
    searchPlaceholder: '이름이나 태그로 찾기 (예: 쿠키, retention)',
    resultCount: (count: number) => `아이콘 ${count}개`,
    noResults: '찾는 아이콘이 없습니다. 다른 낱말로 찾아 보세요.',
    online: '온라인 (컬러)',
    offline: '오프라인 (인쇄용 흑백)',
    download: '내려받기',
    downloadFile: (format: string, variant: string, title: string) =>
      `${title} ${variant} ${format} 내려받기`,
    sizes: '크기',
    tags: '태그',
    schemaField: '항목',
    schemaType: '형식',
    schemaRequired: '필수',
    schemaDescription: '설명',
    yes: '예',
    no: '아니요',
    oneOf: '다음 중 하나',
    preview: '미리 보기',
    allIcons: '모든 아이콘',
    familyName: {
      dataType: '개인정보 종류 (원)',
      processing: '처리 단계 (육각형)',
      protection: '보호 의무 (둥근 사각형)',
      video: '영상정보처리기기 (네 모서리 틀)',
    },
    sizeLabel: (pixels: number) => `${pixels}px`,
    caption: '설명',
    withCaption: '설명 포함 (권장)',
    withoutCaption: '기호만',
    variant: '버전',
    downloadAs: (format: string) => `${format} 내려받기`,
    downloadNote:
      '설명은 라벨 이름입니다. 내 정책의 사실(예: "제3자 제공 2곳")이 담긴 라벨 파일은 privacy-label export 명령으로 만드세요. 여기서 만든 PDF는 고해상도 그림을 담습니다.',
    downloaded: (fileName: string) => `${fileName} 파일을 만들었습니다.`,
    code: '코드',
    copy: (what: string) => `${what} 복사`,
    copied: (what: string) => `${withParticle(what, '을/를')} 복사했습니다.`,
    copyFailed: '복사하지 못했습니다. 코드를 직접 선택해 복사하세요.',
    iconId: '아이콘 id',
    schemaSearch: '항목 찾기',
    schemaSearchPlaceholder: '예: retention, email, 간주',
    schemaFieldCount: (count: number) => `항목 ${count}개`,
    schemaNoResults: '찾는 항목이 없습니다.',
    schemaSections: '처리방침 부분',
    schemaSectionTitle: (field: string) => field,
  },
  en: {
    galleryHeading: 'Label icons',
    filterFamily: 'Family',
    familyAll: 'All',
    search: 'Search',
    searchPlaceholder: 'Find by name or tag (e.g. cookie, 보관)',
    resultCount: (count: number) => `${count} ${englishPlural.select(count) === 'one' ? 'icon' : 'icons'}`,
    noResults: 'No icon matches. Try another word.',
    online: 'Online (colour)',
    offline: 'Offline (print, monochrome)',
    download: 'Download',
    downloadFile: (format: string, variant: string, title: string) =>
      `Download ${title} ${variant} ${format}`,
    sizes: 'Sizes',
    tags: 'Tags',
    schemaField: 'Field',
    schemaType: 'Type',
    schemaRequired: 'Required',
    schemaDescription: 'Description',
    yes: 'Yes',
    no: 'No',
    oneOf: 'One of',
    preview: 'Preview',
    allIcons: 'All icons',
    familyName: {
      dataType: 'Data type (circle)',
      processing: 'Processing stage (hexagon)',
      protection: 'Protection duty (rounded square)',
      video: 'Video device, CCTV (corner marks)',
    },
    sizeLabel: (pixels: number) => `${pixels} px`,
    caption: 'Caption',
    withCaption: 'With caption (recommended)',
    withoutCaption: 'Symbol only',
    variant: 'Variant',
    downloadAs: (format: string) => `Download ${format}`,
    downloadNote:
      'The caption is the label\'s name. For label files with your own policy\'s facts (e.g. "third-party provision to 2 recipients"), use the privacy-label export command. The PDF made here holds a high-resolution picture.',
    downloaded: (fileName: string) => `Made ${fileName}.`,
    code: 'Code',
    copy: (what: string) => `Copy ${what}`,
    copied: (what: string) => `Copied ${what}.`,
    copyFailed: 'Could not copy. Select the code and copy it yourself.',
    iconId: 'Icon id',
    schemaSearch: 'Find a field',
    schemaSearchPlaceholder: 'e.g. retention, email, deemed',
    schemaFieldCount: (count: number) =>
      `${count} ${englishPlural.select(count) === 'one' ? 'field' : 'fields'}`,
    schemaNoResults: 'No field matches.',
    schemaSections: 'Parts of the policy',
    schemaSectionTitle: (field: string) => field,
  },
};

export type DocsLocale = keyof typeof docsMessages;
