import type { PrintWords } from './printWords.js';

/** The print formats' words in English. */
export const printEn: PrintWords = {
  shortPolicyTitle: 'Privacy policy in brief',
  shortPolicySubject: 'The short form of the privacy policy, to post or hand out offline',
  items: 'What we process',
  purposes: 'Why',
  videoRetention: 'Footage kept',
  mobilePurpose: 'Purpose',
  mobileLocations: 'Where it is used',
  mobileDevice: (number) => `Mobile camera ${number}`,
  continuedOnline: 'Scan the QR code for the rest.',
  noPolicyUrl:
    'The policy file gives no address for the full policy (policyUrl), so there is no QR code. Add it and export again.',
  stickerTitle: 'Privacy labels',
  stickerSubject: 'A privacy-label sticker for delivery boxes',
  stickerScan: 'Full privacy policy',
  labelPaperTitle: (paper) => `Privacy labels on label paper (${paper})`,
  labelPaperSubject: 'Privacy labels to print on label paper',
  attentionMark: 'Attention',
  attentionSeeFullPolicy: 'Check the full policy for points to note',
  moreItems: (count) => `and ${count} more`,
  countOnly: (count, unit) =>
    `${count} ${unit === 'places' ? (count === 1 ? 'company' : 'companies') : count === 1 ? 'entry' : 'entries'} (see the QR code)`,
};
