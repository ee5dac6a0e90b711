import type { Locale } from '@privacy-label-kit/schema';

/** Everything the `privacy-label` command prints around the data, in Korean and English. */
export interface CliMessages {
  mainHelp: (version: string) => string;
  validateHelp: string;
  exportHelp: string;
  schemaHelp: string;
  seeHelp: (command?: string) => string;
  unknownCommand: (name: string) => string;
  missingCommand: string;
  unknownOption: (option: string, suggestion?: string) => string;
  missingOptionValue: (option: string) => string;
  unexpectedArgument: (argument: string) => string;
  missingPolicyArgument: string;
  missingOutOption: string;
  unknownListValue: (option: string, value: string, allowed: readonly string[]) => string;
  emptyListValue: (option: string) => string;
  valid: (file: string, labelCount: number) => string;
  problems: (count: number) => string;
  exported: (count: number, megabytes: string, folder: string, seconds: string) => string;
  exportFailed: (reason: string) => string;
  folderNotEmpty: (folder: string) => string;
  notAFolder: (folder: string) => string;
  unsafePath: (folder: string, detail: string) => string;
  interrupted: string;
  errorWord: string;
}

const exitCodesKo = `종료 코드:
  0  성공
  1  처리방침이 유효하지 않음, 출력 폴더가 비어 있지 않음(--force 없이), 내보내기 실패
  2  사용법 오류(알 수 없는 옵션·값), 파일을 읽을 수 없음, JSON 문법 오류`;

const exitCodesEn = `Exit codes:
  0  success
  1  the policy is not valid, the output folder is not empty (without --force), or the export failed
  2  usage error (unknown option or value), unreadable file, or a JSON syntax error`;

export const cliMessages: Record<Locale, CliMessages> = {
  ko: {
    mainHelp: (
      version,
    ) => `privacy-label ${version} — 개인정보 처리방침(JSON)으로 개인정보 처리 표시(라벨) 파일을 만듭니다

사용법:
  privacy-label <명령> [옵션]

명령:
  validate <policy.json>   처리방침 파일을 검사하고 모든 문제를 위치와 함께 보여 줍니다
  export <policy.json>     라벨 파일(SVG·PNG·PDF), 라벨 시트, 한 장 요약, manifest.json을 만듭니다
  schema                   처리방침 파일의 JSON Schema를 출력합니다

옵션:
  -h, --help               도움말 (명령 뒤에 쓰면 그 명령의 도움말)
  -v, --version            버전

예:
  privacy-label validate 우리가게.json
  privacy-label export 우리가게.json --out 라벨

${exitCodesKo}
화면 언어는 LANG 환경 변수를 따릅니다 (ko로 시작하면 한국어). 색은 터미널에서만 쓰며 NO_COLOR를 지킵니다.`,
    validateHelp: `사용법: privacy-label validate <policy.json> [--locale ko|en|both]

처리방침 파일을 검사합니다. 문제가 없으면 0으로 끝나고, 문제가 있으면 모든 문제를
"파일: 위치: 설명" 형식으로 보여 주고 1로 끝납니다. JSON 문법 오류는 "파일:줄:칸: 설명"으로 보여 주고 2로 끝납니다.

옵션:
  --locale ko|en|both   설명의 언어 (기본: LANG이 ko로 시작하면 ko, 아니면 en)
  -h, --help            이 도움말

${exitCodesKo}`,
    exportHelp: `사용법: privacy-label export <policy.json> --out <폴더> [옵션]

라벨마다 형식 × 변형 × 언어별 파일을 하나씩 만들고, A4 라벨 시트와 한 장 요약 PDF, manifest.json을 씁니다.

옵션:
  --out <폴더>              파일을 쓸 폴더 (필수; 비어 있어야 함)
  --format <목록>           svg,png,pdf 중에서 쉼표로 (기본: 모두). PNG는 1배·2배·4배로 만듭니다
  --variant <목록>          online(컬러, 화면용), offline(흑백, 인쇄용) (기본: 둘 다)
  --locale <목록>           ko,en (기본: 둘 다)
  --outline-text            SVG의 글자를 윤곽선(path)으로 바꿉니다. 글꼴이 없는 인쇄소에서도 똑같이 보입니다
  --force                   비어 있지 않은 폴더에 씁니다 (같은 이름의 파일을 덮어씀)
  -h, --help                이 도움말

만들어지는 파일:
  labels/<변형>/<언어>/<라벨>.svg, <라벨>@1x.png, @2x.png, @4x.png, <라벨>.pdf
  label-sheet-<변형>-<언어>.pdf   모든 라벨을 A4 한 장에 (인쇄해 오려 붙이기)
  summary-<변형>-<언어>.pdf       한 장 요약: 라벨, 주요 내용, 주의 사항, 전체 방침 주소와 QR 코드
  manifest.json                   쓴 파일 목록 (크기, SHA-256). 중단된 내보내기에는 없습니다
  (라벨 시트와 요약은 PDF이므로 --format에 pdf가 있을 때 만듭니다)

예:
  privacy-label export 우리가게.json --out 라벨
  privacy-label export 우리가게.json --out 인쇄용 --variant offline --format pdf,svg --outline-text

${exitCodesKo}`,
    schemaHelp: `사용법: privacy-label schema

처리방침 파일의 JSON Schema를 표준 출력으로 씁니다. 편집기 자동 완성에 쓰세요:
  privacy-label schema > policy.schema.json`,
    seeHelp: (command) => `도움말: privacy-label ${command ? `${command} ` : ''}--help`,
    unknownCommand: (name) => `알 수 없는 명령 "${name}"입니다. validate, export, schema 중 하나를 쓰세요.`,
    missingCommand: '명령을 지정해 주세요: validate, export, schema.',
    unknownOption: (option, suggestion) =>
      `알 수 없는 옵션 ${option}입니다.${suggestion ? ` ${suggestion}을(를) 쓰려던 것인가요?` : ''}`,
    missingOptionValue: (option) => `${option}에는 값이 필요합니다. 예: ${option} 값`,
    unexpectedArgument: (argument) => `필요 없는 인수 "${argument}"가 있습니다.`,
    missingPolicyArgument: '처리방침 JSON 파일을 지정해 주세요. 예: privacy-label validate policy.json',
    missingOutOption: '--out <폴더>로 파일을 쓸 폴더를 지정해 주세요.',
    unknownListValue: (option, value, allowed) =>
      `${option}의 값 "${value}"은(는) 쓸 수 없습니다. 다음 중에서 쉼표로 구분해 적어 주세요: ${allowed.join(', ')}`,
    emptyListValue: (option) => `${option}에 값이 없습니다.`,
    valid: (file, labelCount) => `${file}: 유효한 처리방침입니다 (라벨 ${labelCount}개).`,
    problems: (count) => `문제 ${count}개를 찾았습니다.`,
    exported: (count, megabytes, folder, seconds) =>
      `파일 ${count}개(${megabytes} MB)를 ${folder}에 썼습니다 (${seconds}초). 목록: manifest.json`,
    exportFailed: (reason) => `내보내기에 실패했습니다: ${reason}`,
    folderNotEmpty: (folder) =>
      `${folder} 폴더가 비어 있지 않습니다. 빈 폴더를 고르거나, 덮어쓰려면 --force를 붙여 주세요.`,
    notAFolder: (folder) => `${folder}은(는) 폴더가 아닌 파일입니다. 다른 --out 경로를 지정해 주세요.`,
    unsafePath: (folder, detail) =>
      `${folder} 밖에 쓰게 될 수 있어 멈췄습니다 (심볼릭 링크인 하위 폴더 등). 빈 폴더를 지정해 주세요. (${detail})`,
    interrupted: '중단했습니다. 완성된 파일만 남아 있으며 manifest.json은 쓰지 않았습니다.',
    errorWord: '오류',
  },
  en: {
    mainHelp: (version) => `privacy-label ${version} — privacy label files from a privacy policy (JSON)

Usage:
  privacy-label <command> [options]

Commands:
  validate <policy.json>   Check a policy file and list every problem with its place
  export <policy.json>     Write label files (SVG, PNG, PDF), a label sheet, a one-page summary and manifest.json
  schema                   Print the JSON Schema of policy files

Options:
  -h, --help               Help (after a command: help for that command)
  -v, --version            Version

Examples:
  privacy-label validate my-shop.json
  privacy-label export my-shop.json --out labels

${exitCodesEn}
Messages follow the LANG environment variable (Korean when it starts with ko). Colour only on a terminal; NO_COLOR is honoured.`,
    validateHelp: `Usage: privacy-label validate <policy.json> [--locale ko|en|both]

Checks a policy file. Exits 0 when it is valid; otherwise lists every problem as "file: path: message" and
exits 1. A JSON syntax error is shown as "file:line:col: message" and exits 2.

Options:
  --locale ko|en|both   Language of the messages (default: ko when LANG starts with ko, else en)
  -h, --help            This help

${exitCodesEn}`,
    exportHelp: `Usage: privacy-label export <policy.json> --out <folder> [options]

Writes one file per label × format × variant × locale, an A4 label sheet and a one-page summary PDF per
variant and locale, and manifest.json.

Options:
  --out <folder>          Folder to write into (required; must be empty)
  --format <list>         Comma-separated, from svg,png,pdf (default: all). PNGs come at 1×, 2× and 4×
  --variant <list>        online (colour, for screens), offline (black and white, for print) (default: both)
  --locale <list>         ko,en (default: both)
  --outline-text          Draw SVG text as outlines (paths): looks the same at a print shop without the font
  --force                 Write into a folder that is not empty (overwrites files of the same name)
  -h, --help              This help

Files written:
  labels/<variant>/<locale>/<label>.svg, <label>@1x.png, @2x.png, @4x.png, <label>.pdf
  label-sheet-<variant>-<locale>.pdf   every label on one A4 page (print, cut out, stick on)
  summary-<variant>-<locale>.pdf       one-page summary: labels, key facts, notes, the full policy's address and QR code
  manifest.json                        the files written (size, SHA-256); missing after an interrupted export
  (the sheet and the summary are PDFs: written when pdf is among the formats)

Examples:
  privacy-label export my-shop.json --out labels
  privacy-label export my-shop.json --out print --variant offline --format pdf,svg --outline-text

${exitCodesEn}`,
    schemaHelp: `Usage: privacy-label schema

Prints the JSON Schema of policy files to standard output, for editor autocompletion:
  privacy-label schema > policy.schema.json`,
    seeHelp: (command) => `See: privacy-label ${command ? `${command} ` : ''}--help`,
    unknownCommand: (name) => `Unknown command "${name}". Use validate, export or schema.`,
    missingCommand: 'Give a command: validate, export or schema.',
    unknownOption: (option, suggestion) =>
      `Unknown option ${option}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
    missingOptionValue: (option) => `${option} needs a value, e.g. ${option} value`,
    unexpectedArgument: (argument) => `Unexpected argument "${argument}".`,
    missingPolicyArgument: 'Give the policy JSON file, e.g. privacy-label validate policy.json',
    missingOutOption: 'Give the folder to write into with --out <folder>.',
    unknownListValue: (option, value, allowed) =>
      `${option} cannot be "${value}". Use one or more of, separated by commas: ${allowed.join(', ')}`,
    emptyListValue: (option) => `${option} has no value.`,
    valid: (file, labelCount) => `${file}: the policy is valid (${labelCount} labels).`,
    problems: (count) => `Found ${count} problem${count === 1 ? '' : 's'}.`,
    exported: (count, megabytes, folder, seconds) =>
      `Wrote ${count} files (${megabytes} MB) to ${folder} in ${seconds} s. List: manifest.json`,
    exportFailed: (reason) => `Export failed: ${reason}`,
    folderNotEmpty: (folder) =>
      `The folder ${folder} is not empty. Choose an empty folder, or add --force to overwrite the files in it.`,
    notAFolder: (folder) => `${folder} is a file, not a folder. Give another --out path.`,
    unsafePath: (folder, detail) =>
      `Stopped: this would write outside ${folder} (a subfolder that is a symbolic link, for example). Give an empty folder. (${detail})`,
    interrupted: 'Interrupted. Only finished files remain, and manifest.json was not written.',
    errorWord: 'error',
  },
};
