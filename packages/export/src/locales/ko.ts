import { easyReadKo, type Translation } from '@privacy-label-kit/schema/core';
import { schemaKo } from '@privacy-label-kit/schema/locales/ko';
import { printKo } from './printKo.js';
import type { CliWords, ExportWords, PolicyFileWords, ReviewWords } from './words.js';

// Particles: a value the program fills in (an option, a path, a character) is mostly Latin letters or symbols, which
// es-hangul's `withParticle` reads as ending in a vowel ("--format를"), not as a Korean reader says them ("포맷을").
// So a noun of our own stands between such a value and its particle ("--format 옵션을", "out 경로는"), and the
// particle agrees with that noun.

const exitCodes = `종료 코드:
  0  성공
  1  처리방침이 유효하지 않음, 출력 폴더가 비어 있지 않음(--force 없이), 내보내기 실패
  2  사용법 오류(알 수 없는 옵션·값), 파일을 읽을 수 없음, JSON 문법 오류`;

const review: ReviewWords = {
  lintHelp: `사용법: privacy-label lint <policy.json> [--previous <이전.json>] [--format text|json] [--locale ko|en|both]

처리방침을 개인정보 보호법, 시행령, 개인정보보호위원회 지침에 비추어 점검합니다. 문제마다 심각도(오류·경고·참고),
위치(JSON 경로), 설명, 고치는 방법, 근거 조문을 보여 줍니다. 오류가 있으면 1로, 없으면 0으로 끝납니다.

옵션:
  --previous <파일>     이전 버전의 처리방침. 주면 실제로 바뀐 내용으로 변경 공지 규칙을 점검합니다
  --format text|json    출력 형식 (기본: text)
  --locale ko|en|both   설명의 언어 (기본: LANG이 ko로 시작하면 ko, 아니면 en)
  -h, --help            이 도움말

${exitCodes}`,
  diffHelp: `사용법: privacy-label diff <이전.json> <새.json> [--out <폴더>] [--locale ko,en] [--force]

두 버전의 처리방침을 비교해 바뀐 내용마다 이용자에게 불리한지, 유리한지, 중립인지와 그 이유를 보여 줍니다.
바뀐 내용이 있어도 0으로 끝납니다.

옵션:
  --out <폴더>         변경 안내문과 신구대조표를 HTML과 PDF로 씁니다 (폴더는 비어 있어야 함)
  --locale <목록>      ko,en (기본: 둘 다). 화면 출력은 LANG의 언어로, 목록에 없으면 첫 언어로
  --force              비어 있지 않은 폴더에 씁니다
  -h, --help           이 도움말

만들어지는 파일: change-notice-<언어>.html, .pdf, comparison-<언어>.html, .pdf

${exitCodes}`,
  validateLintSummary: (summary) => `점검 결과: ${summary}. 자세히 보려면 privacy-label lint를 실행하세요.`,
  lintSummary: (summary) => `점검 결과: ${summary}.`,
  fixWord: '고치는 방법',
  changes: (count, adverse) => `바뀐 내용 ${count}건, 그중 이용자에게 불리한 내용 ${adverse}건.`,
  wrote: (count, folder) => `파일 ${count}개를 ${folder} 폴더에 썼습니다.`,
  missingPolicies:
    '이전 버전과 새 버전의 처리방침 파일을 차례로 지정해 주세요. 예: privacy-label diff 이전.json 새.json',
};

const cli: CliWords = {
  mainHelp: (
    version,
  ) => `privacy-label ${version} — 개인정보 처리방침(JSON)으로 개인정보 처리 표시(라벨) 파일을 만듭니다

사용법:
  privacy-label <명령> [옵션]

명령:
  validate <policy.json>   처리방침 파일을 검사하고 모든 문제를 위치와 함께 보여 줍니다
  lint <policy.json>       개인정보 보호법에 비추어 점검합니다 (오류·경고·참고와 근거 조문)
  diff <이전> <새>         두 버전을 비교하고, --out으로 변경 안내문과 신구대조표를 씁니다
  export <policy.json>     라벨 파일(SVG·PNG·PDF), 라벨 시트, 한 장 요약, manifest.json을 만듭니다
  schema                   처리방침 파일의 JSON Schema를 출력합니다

옵션:
  -h, --help               도움말 (명령 뒤에 쓰면 그 명령의 도움말)
  -v, --version            버전

예:
  privacy-label validate 우리가게.json
  privacy-label export 우리가게.json --out 라벨

${exitCodes}
화면 언어는 LANG 환경 변수를 따릅니다 (ko로 시작하면 한국어). 색은 터미널에서만 쓰며 NO_COLOR를 지킵니다.`,
  validateHelp: `사용법: privacy-label validate <policy.json> [--locale ko|en|both]

처리방침 파일을 검사합니다. 문제가 없으면 0으로 끝나고, 문제가 있으면 모든 문제를
"파일: 위치: 설명" 형식으로 보여 주고 1로 끝납니다. JSON 문법 오류는 "파일:줄:칸: 설명"으로 보여 주고 2로 끝납니다.

옵션:
  --locale ko|en|both   설명의 언어 (기본: LANG이 ko로 시작하면 ko, 아니면 en)
  -h, --help            이 도움말

${exitCodes}`,
  exportHelp: (formats) => `사용법: privacy-label export <policy.json> --out <폴더> [옵션]

라벨을 알리는 데 필요한 파일(라벨 하나하나의 그림, 인쇄물, 등록된 모든 형식)을 쓰임새별 폴더에 만들고, 어떤 파일이
어디에 쓰는 것인지 알려 주는 언어별 안내문(README-ko.txt)과 manifest.json을 씁니다.

옵션:
  --out <폴더>              파일을 쓸 폴더 (필수; 비어 있어야 함)
  --format <목록>           ${formats} 중에서 쉼표로 (기본: 모두). PNG는 1배·2배·4배로 만듭니다
  --variant <목록>          online(컬러, 화면용), offline(흑백, 인쇄용) (기본: 둘 다)
  --locale <목록>           ko,en (기본: 둘 다)
  --outline-text            SVG의 글자를 윤곽선(path)으로 바꿉니다. 글꼴이 없는 인쇄소에서도 똑같이 보입니다
  --force                   비어 있지 않은 폴더에 씁니다. 같은 이름의 파일은 덮어씁니다. 폴더에 있던
                            manifest.json에 적혀 있지만 이번에 쓰지 않는 파일은, 그 manifest.json을 privacy-label이
                            만들었고 파일이 그 뒤로 바뀌지 않았을 때(SHA-256 값이 같을 때)만 지웁니다. 다른 파일은
                            남겨 두고, 남긴 파일과 그 까닭을 마지막에 알려 줍니다
  -h, --help                이 도움말

폴더 (변형 두 가지, 고른 언어마다):
  print/                    종이로 인쇄할 파일: label-sheet(모든 라벨을 A4 한 장에, 오려 붙이기용), summary(주요 내용과
                            QR 코드를 담은 한 장 요약), summary-large-print(큰 글씨), easy-read(어린이용)
  labels/<변형>/<언어>/     라벨 하나씩: <라벨>.svg, <라벨>@1x.png, @2x.png, @4x.png, <라벨>.pdf
  web/, box/, signs/        홈페이지·택배 상자·안내판용 (그 형식을 만들 때)
  README-<언어>.txt         모든 파일과 쓰임새를 쉬운 말로 적은 안내문
  manifest.json             쓴 파일 목록 (크기, SHA-256). 중단된 내보내기에는 없습니다

예:
  privacy-label export 우리가게.json --out 라벨
  privacy-label export 우리가게.json --out 인쇄용 --variant offline --format pdf,svg --outline-text

${exitCodes}`,
  schemaHelp: `사용법: privacy-label schema

처리방침 파일의 JSON Schema를 표준 출력으로 씁니다. 편집기 자동 완성에 쓰세요:
  privacy-label schema > policy.schema.json`,
  seeHelp: (command) => `도움말: privacy-label ${command ? `${command} ` : ''}--help`,
  unknownCommand: (name) =>
    `알 수 없는 명령입니다: "${name}". validate, lint, diff, export, schema 중 하나를 쓰세요.`,
  missingCommand: '명령을 지정해 주세요: validate, lint, diff, export, schema.',
  unknownOption: (option, suggestion) =>
    `알 수 없는 옵션입니다: ${option}.${suggestion ? ` 혹시 ${suggestion} 옵션을 쓰려던 것인가요?` : ''}`,
  missingOptionValue: (option) => `${option} 옵션에는 값이 필요합니다. 예: ${option} 값`,
  unexpectedArgument: (argument) => `필요 없는 인수가 있습니다: "${argument}"`,
  missingPolicyArgument: '처리방침 JSON 파일을 지정해 주세요. 예: privacy-label validate policy.json',
  missingOutOption: '--out <폴더>로 파일을 쓸 폴더를 지정해 주세요.',
  unknownListValue: (option, value, allowed) =>
    `${option} 옵션에 "${value}" 값은 쓸 수 없습니다. 다음 중에서 쉼표로 구분해 적어 주세요: ${allowed.join(', ')}`,
  emptyListValue: (option) => `${option} 옵션에 값이 없습니다.`,
  valid: (file, labelCount) => `${file}: 유효한 처리방침입니다 (라벨 ${labelCount}개).`,
  problems: (count) => `문제 ${count}개를 찾았습니다.`,
  exported: (count, megabytes, folder, seconds, readme) =>
    `파일 ${count}개(${megabytes} MB)를 ${folder} 폴더에 썼습니다 (${seconds}초). 어떤 파일을 어디에 쓰는지: ${readme}`,
  keptStaleFiles: {
    foreignManifest: (count, list) =>
      `이전 manifest.json에 적힌 파일 ${count}개를 지우지 않고 남겨 두었습니다. 그 manifest.json은 privacy-label이 만든 것이 아니어서 직접 만든 파일일 수 있습니다: ${list}`,
    noChecksum: (count, list) =>
      `지난번에 내보냈지만 이번에 쓰지 않은 파일 ${count}개를 지우지 않고 남겨 두었습니다. 이전 manifest.json에 SHA-256 값이 없어 고친 파일인지 알 수 없습니다. 필요 없으면 직접 지워 주세요: ${list}`,
    changed: (count, list) =>
      `지난번에 내보냈지만 이번에 쓰지 않은 파일 ${count}개를 지우지 않고 남겨 두었습니다. 내보낸 뒤에 내용이 바뀌었습니다(이전 manifest.json의 SHA-256 값과 다름). 필요 없으면 직접 지워 주세요: ${list}`,
  },
  exportFailed: (reason) => `내보내기에 실패했습니다: ${reason}`,
  diffFailed: (reason) => `변경 안내문을 쓰지 못했습니다: ${reason}`,
  noWritePermission: (path) =>
    `${path} 경로에 쓸 권한이 없습니다(또는 읽기 전용 디스크입니다). 쓸 수 있는 폴더를 --out 옵션으로 지정해 주세요.`,
  pathThroughFile: (path) =>
    `${path} 폴더를 만들 수 없습니다. 경로 중간에 폴더가 아닌 파일이 있습니다. 다른 --out 경로를 지정해 주세요.`,
  folderNotEmpty: (folder) =>
    `${folder} 폴더가 비어 있지 않습니다. 빈 폴더를 고르거나, 덮어쓰려면 --force를 붙여 주세요.`,
  notAFolder: (folder) => `${folder} 경로는 폴더가 아닌 파일입니다. 다른 --out 경로를 지정해 주세요.`,
  unsafePath: (folder, detail) =>
    `${folder} 폴더 밖에 쓰게 될 수 있어 멈췄습니다 (심볼릭 링크인 하위 폴더 등). 빈 폴더를 지정해 주세요. (${detail})`,
  interrupted: '중단했습니다. 완성된 파일만 남아 있으며 manifest.json은 쓰지 않았습니다.',
  errorWord: '오류',
};

const policyFile: PolicyFileWords = {
  noSuchFile: '파일이 없습니다. 경로와 파일 이름을 확인해 주세요.',
  isAFolder: '폴더입니다. 정책 JSON 파일을 지정해 주세요.',
  noPermission: '파일을 읽을 권한이 없습니다.',
  cannotRead: (code) => `파일을 읽을 수 없습니다 (${code}).`,
  notUtf8: (byte) =>
    `UTF-8 파일이 아닙니다(EUC-KR?). 여기 있는 바이트(${byte})부터 UTF-8 글자가 아니어서 한글이 깨져 나옵니다. 파일을 UTF-8로 저장한 뒤 다시 실행해 주세요 (메모장: 파일 › 다른 이름으로 저장 › 인코딩: UTF-8).`,
  utf16:
    'UTF-8이 아니라 UTF-16(유니코드)로 저장된 파일입니다. 파일을 UTF-8로 저장한 뒤 다시 실행해 주세요 (메모장: 파일 › 다른 이름으로 저장 › 인코딩: UTF-8).',
  // Each with the particle of its own last word, so the sentence around it needs none.
  expected: {
    value: '값(문자열, 숫자, 객체, 배열, true, false, null)이',
    propertyName: '큰따옴표로 감싼 항목 이름이',
    colon: '항목 이름 뒤에 콜론(:)이',
    commaOrBrace: '쉼표(,)나 닫는 중괄호(})가',
    commaOrBracket: '쉼표(,)나 닫는 대괄호(])가',
    number: '숫자가',
  },
  endsEarly: (expected) =>
    `파일이 중간에 끝났습니다. 여기에 ${expected} 와야 합니다. 닫는 괄호나 따옴표가 빠졌는지 확인해 주세요.`,
  unexpected: (found, expected) => `예상하지 못한 문자입니다: ${found}. 여기에는 ${expected} 와야 합니다.`,
  singleQuotes: '문자열은 작은따옴표(\')가 아니라 큰따옴표(")로 감싸야 합니다.',
  trailingComma: '마지막 항목 뒤에 쉼표가 있습니다. 그 쉼표를 지워 주세요.',
  badUnicodeEscape: '\\u 뒤에는 16진수 네 자리가 와야 합니다.',
  badEscape: (sequence) => `잘못된 이스케이프입니다: ${sequence}. 역슬래시는 \\\\처럼 두 번 적어 주세요.`,
  lineBreakInString:
    '문자열 안에서 줄을 바꿀 수 없습니다. 닫는 큰따옴표가 빠졌거나, 줄바꿈을 \\n으로 적어야 합니다.',
  unterminatedString: '닫는 큰따옴표가 없는 문자열입니다.',
  moreAfterValue: (found) => `JSON 값이 끝난 뒤에 내용이 더 있습니다: ${found}. 값은 하나만 있어야 합니다.`,
  nestedTooDeeply: '괄호가 너무 깊게 중첩되어 있습니다.',
  notJson: 'JSON 형식이 올바르지 않습니다.',
};

/** The export package's words in Korean. */
export const exportKo: ExportWords = {
  locale: 'ko',
  labelSheetTitle: '개인정보 처리 표시',
  labelSheetSubject: '개인정보 처리방침의 라벨 모음 (인쇄·부착용)',
  summaryTitle: '개인정보 처리방침 요약',
  summarySubject: '개인정보 처리방침의 한 장 요약',
  labelsHeading: '개인정보 처리 표시',
  keyFactsHeading: '주요 내용',
  attentionHeading: '꼭 알아 두세요',
  controller: '개인정보처리자',
  representative: '대표',
  privacyOfficer: '개인정보 보호책임자',
  contactDepartment: '고충처리 부서',
  effectiveDate: '시행일',
  retention: '보유 기간',
  legalRetention: '법령에 따른 보관',
  thirdParties: '제3자 제공',
  processors: '처리 위탁',
  overseasTransfer: '국외 이전',
  rights: '권리 행사 방법',
  responseTime: (duration) => `${duration} 이내 답변`,
  none: '없음',
  andMore: (count, unit) => `외 ${count}${unit === 'places' ? '곳' : '건'}`,
  fullPolicy: '전체 개인정보 처리방침',
  qrHint: '휴대전화 카메라로 QR 코드를 비추면 전체 처리방침을 볼 수 있습니다.',
  qrAlt: (url) => `전체 개인정보 처리방침으로 가는 QR 코드: ${url}`,
  easyRead: {
    subject: '어린이를 위한 쉬운 개인정보 처리방침',
    readMore: (url) => `자세히 보기: ${url}`,
    largePrintTitle: '개인정보 처리방침 요약 (큰 글씨)',
    largePrintSubject: '큰 글씨로 인쇄한 개인정보 처리방침 요약',
  },
  print: printKo,
  cli,
  review,
  policyFile,
};

/**
 * Korean for every part the export package shows — the schema's words (captions, titles) and the export's own — as
 * one `Translation`, for `registerTranslations` or an `exportLabels` call's `translations`.
 */
export const ko: Translation = {
  locale: 'ko',
  words: { schema: schemaKo, export: exportKo, easyRead: easyReadKo },
};
