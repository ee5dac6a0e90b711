// The words of the offline print formats (issue 11): the short policy (간이형 처리방침), the delivery-box sticker, the
// label-paper sheet and the QR code files. A part of `ExportWords` (`exportWords(locale).print`), so a business's own
// translation can reword them like any other export word.

export interface PrintWords {
  /** The short policy's title, after the service's name: PIPC's offline short form (간이형). */
  shortPolicyTitle: string;
  shortPolicySubject: string;
  /** The short policy's fact terms (the others — retention, third parties, processors — are the summary's). */
  items: string;
  purposes: string;
  /**
   * The video devices' particulars the CCTV sign does not show, for the short policy's line per device: how long
   * footage is kept (보관 기간), and for a mobile device (Art. 25-2, no sign) why and where it is used and its name
   * when there are several ("1번 이동형 기기" / "Mobile camera 1"). The rest are the sign's own words (`videoSign`).
   */
  videoRetention: string;
  mobilePurpose: string;
  mobileLocations: string;
  mobileDevice: (number: number) => string;
  /** Where the text did not fit: the rest is behind the QR code. */
  continuedOnline: string;
  /** Printed, and warned about, when the policy gives no address for the full text. */
  noPolicyUrl: string;
  /** A sticker's heading above its labels. */
  stickerTitle: string;
  stickerSubject: string;
  /** The short line under a sticker's QR code. */
  stickerScan: string;
  /** The label-paper sheet's document title; `paper` names the paper ("Avery L7173 …"). */
  labelPaperTitle: (paper: string) => string;
  labelPaperSubject: string;
  /**
   * The mark in front of each attention flag on paper ("주의" / "Attention"): offline prints are black and white, so
   * a flag is marked in words, not by colour alone.
   */
  attentionMark: string;
  /** One line on a sticker or label cell that carries a flag: the flags are spelled out in the full policy. */
  attentionSeeFullPolicy: string;
  /** The printed count of items in a collected-item list cut short: "외 3개" / "and 3 more". */
  moreItems: (count: number) => string;
  /**
   * A list of which not even the first entry fits: how many there are, and where to read them ("4곳 (QR 코드로 확인)" /
   * "4 companies (see the QR code)"), rather than a bare "외 4곳" with nothing before it.
   */
  countOnly: (count: number, unit: 'places' | 'entries') => string;
}
